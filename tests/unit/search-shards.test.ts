import { describe, expect, it } from 'vitest';
import { shardByMonth } from '../../src/lib/search-shards';

/** `count` article dates on each given day. */
const days = (...entries: [string, number][]) =>
	entries.flatMap(([day, count]) => Array.from({ length: count }, () => day));
const byDate = (date: string) => date;
const named = (shards: { name: string; items: unknown[] }[]) =>
	shards.map((shard) => [shard.name, shard.items.length]);
/** Three articles in each month from January to May 2024. */
const fiveMonths = days(
	['2024-01-05', 3],
	['2024-02-05', 3],
	['2024-03-05', 3],
	['2024-04-05', 3],
	['2024-05-05', 3],
);

describe('search index parts', () => {
	it('keep a small archive of one year in one part named by its oldest and newest month', () => {
		const shards = shardByMonth(days(['2026-01-08', 7], ['2026-03-02', 1]), byDate);
		expect(named(shards)).toEqual([['2026-01_2026-03', 8]]);
	});

	it('keep the newest part within the newest year', () => {
		const shards = shardByMonth(
			days(['2025-12-12', 4], ['2026-01-01', 3], ['2026-01-08', 4]),
			byDate,
		);
		expect(named(shards)).toEqual([
			['2026-01_2026-01', 7],
			['2025-12_2025-12', 4],
		]);
	});

	it('put the older months of two calendar years in one part, never of two spans', () => {
		const shards = shardByMonth(
			days(
				['2026-02-01', 2],
				['2026-01-01', 2],
				['2025-07-01', 3],
				['2024-03-01', 3],
				['2023-11-01', 5],
				['2022-01-01', 1],
			),
			byDate,
			100,
			2,
		);
		expect(named(shards)).toEqual([
			['2026-02_2026-02', 2],
			['2026-01_2026-01', 2],
			['2024-03_2025-07', 6],
			['2022-01_2023-11', 6],
		]);
	});

	it('close a part before it would pass the size, at a month boundary', () => {
		const dates = fiveMonths;
		const shards = shardByMonth(dates, byDate, 7, 7);
		expect(named(shards)).toEqual([
			['2024-04_2024-05', 6],
			['2024-02_2024-03', 6],
			['2024-01_2024-01', 3],
		]);
		expect(shards.flatMap((shard) => shard.items).sort()).toEqual([...dates].sort());
	});

	it('keep the newest part small, so that its results can show first', () => {
		const shards = shardByMonth(fiveMonths, byDate, 9, 3);
		expect(named(shards)).toEqual([
			['2024-05_2024-05', 3],
			['2024-02_2024-04', 9],
			['2024-01_2024-01', 3],
		]);
	});

	it('give a month larger than the size a part of its own rather than split it', () => {
		const shards = shardByMonth(days(['2024-06-01', 9], ['2024-05-01', 2]), byDate, 5);
		expect(named(shards)).toEqual([
			['2024-06_2024-06', 9],
			['2024-05_2024-05', 2],
		]);
	});

	it('make no part of an empty archive', () => {
		expect(shardByMonth([], byDate)).toEqual([]);
	});
});
