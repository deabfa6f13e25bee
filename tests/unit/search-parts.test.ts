import { describe, expect, it } from 'vitest';
import { partsAsOne, type PagefindIndex } from '../../src/scripts/search-engine';

/** An index part that answers every search with the given hits and filter counts. */
function part(ids: string[], filters: Record<string, Record<string, number>>): PagefindIndex {
	const response = {
		results: ids.map((id) => ({
			id,
			score: 1,
			data: () => Promise.resolve({ url: `/${id}/`, meta: {}, filters: {} }),
		})),
		filters,
	};
	return {
		search: () => Promise.resolve(response),
		filters: () => Promise.resolve(filters),
	};
}

describe('index parts searched as one', () => {
	const newest = part(['2026-a', '2026-b'], { year: { '2026': 2 }, page: { 第1版: 1, 第2版: 1 } });
	const older = part(['2025-a'], { year: { '2025': 1 }, page: { 第1版: 1 } });

	it('keeps the parts in order, newest first, each in its own order', async () => {
		const found = await partsAsOne([newest, older]).search('q');
		expect(found.results.map((hit) => hit.id)).toEqual(['2026-a', '2026-b', '2025-a']);
	});

	it('adds up the counts of every filter value across the parts', async () => {
		const expected = { year: { '2026': 2, '2025': 1 }, page: { 第1版: 2, 第2版: 1 } };
		expect((await partsAsOne([newest, older]).search('q')).filters).toEqual(expected);
		expect(await partsAsOne([newest, older]).filters()).toEqual(expected);
	});
});
