import { describe, expect, it } from 'vitest';
import { shardByMonth } from '../../src/lib/search-shards';

/** `count` article dates on each given day. */
const days = (...entries: [string, number][]) =>
	entries.flatMap(([day, count]) => Array.from({ length: count }, () => day));
const byDate = (date: string) => date;
/** Three articles in each month from January to May 2024. */
const fiveMonths = days(
	['2024-01-05', 3],
	['2024-02-05', 3],
	['2024-03-05', 3],
	['2024-04-05', 3],
	['2024-05-05', 3],
);

describe('search index parts', () => {
	it('keep a small archive of one year in one part named by its months', () => {
		const shards = shardByMonth(days(['2026-01-08', 7], ['2026-03-02', 1]), byDate);
		expect(shards.map((shard) => [shard.name, shard.items.length])).toEqual([['2026-01-03', 8]]);
	});

	it('never put two years in one part, newest first', () => {
		const shards = shardByMonth(
			days(['2025-12-12', 4], ['2026-01-01', 3], ['2026-01-08', 4]),
			byDate,
		);
		expect(shards.map((shard) => [shard.name, shard.items.length])).toEqual([
			['2026-01-01', 7],
			['2025-12-12', 4],
		]);
	});

	it('close a part before it would pass the size, at a month boundary', () => {
		const dates = fiveMonths;
		const shards = shardByMonth(dates, byDate, 7, 7);
		expect(shards.map((shard) => [shard.name, shard.items.length])).toEqual([
			['2024-04-05', 6],
			['2024-02-03', 6],
			['2024-01-01', 3],
		]);
		expect(shards.flatMap((shard) => shard.items).sort()).toEqual([...dates].sort());
	});

	it('keep the newest part small, so that its results can show first', () => {
		const dates = fiveMonths;
		const shards = shardByMonth(dates, byDate, 9, 3);
		expect(shards.map((shard) => [shard.name, shard.items.length])).toEqual([
			['2024-05-05', 3],
			['2024-02-04', 9],
			['2024-01-01', 3],
		]);
	});

	it('give a month larger than the size a part of its own rather than split it', () => {
		const shards = shardByMonth(days(['2024-06-01', 9], ['2024-05-01', 2]), byDate, 5);
		expect(shards.map((shard) => [shard.name, shard.items.length])).toEqual([
			['2024-06-06', 9],
			['2024-05-05', 2],
		]);
	});

	it('make no part of an empty archive', () => {
		expect(shardByMonth([], byDate)).toEqual([]);
	});
});
