import { describe, expect, it } from 'vitest';
import { reporterCode, resultKey } from '../../src/lib/result-key';
import {
	findArticles,
	partsAsOne,
	type PagefindHit,
	type PagefindIndex,
} from '../../src/scripts/search-engine';

/** A hit whose id the index writer could have written, with Pagefind's score. */
function hit(date: string, page: number, reporters: string[], score: number): PagefindHit {
	const id = `${resultKey({ date, page, reporters })}-${score.toString(16).padStart(7, '0')}`;
	return { id, score, data: () => Promise.resolve({ url: `/${id}/`, meta: {} }) };
}

/** An index part answering its main query with `hits` and headline queries with `headline`. */
function part(hits: PagefindHit[], headline: PagefindHit[] = []): PagefindIndex {
	return {
		// Headline queries are the ones whose tokens carry the headline mark z.
		search: (query) => Promise.resolve({ results: query.includes('z') ? headline : hits }),
	};
}

const reporters = Object.fromEntries(['张三', '李四'].map((name) => [reporterCode(name), name]));
const older = hit('2025-12-30', 2, ['张三'], 3);
const newer = hit('2026-01-08', 1, ['张三', '李四'], 1);
const sameDay = hit('2026-01-08', 3, [], 2);
const request = { terms: ['社区'], filters: {}, sort: 'relevance' as const };

describe('index parts searched as one', () => {
	it('keeps the parts in order, newest first, each in its own order', async () => {
		const found = await partsAsOne([part([newer, sameDay]), part([older])]).search('q');
		expect(found.results.map((result) => result.id)).toEqual([newer.id, sameDay.id, older.id]);
	});
});

describe('findArticles, reading dates, 版 and reporters from the results’ ids', () => {
	it('counts every value of every filter over the results', async () => {
		const { counts } = await findArticles(part([newer, sameDay, older]), request, reporters);
		expect(counts).toEqual({
			page: { 第1版: 1, 第2版: 1, 第3版: 1 },
			reporter: { 张三: 2, 李四: 1 },
			year: { '2026': 2, '2025': 1 },
			month: { '2026-01': 2, '2025-12': 1 },
		});
	});

	it('ranks headline hits first, then by score, then newest', async () => {
		const { results } = await findArticles(
			part([newer, sameDay, older], [newer]),
			request,
			reporters,
		);
		expect(results).toEqual([newer, older, sameDay]);
	});

	it('sorts newest first when asked, one day’s articles in the order of their 版', async () => {
		const { results } = await findArticles(
			part([older, sameDay, newer]),
			{ ...request, sort: 'newest' },
			reporters,
		);
		expect(results).toEqual([newer, sameDay, older]);
	});

	it('narrows to the chosen values and still counts every result', async () => {
		const narrowed = await findArticles(
			part([newer, sameDay, older]),
			{ ...request, filters: { reporter: '李四' } },
			reporters,
		);
		expect(narrowed.results).toEqual([newer]);
		expect(narrowed.counts.year).toEqual({ '2026': 2, '2025': 1 });
		const byMonth = await findArticles(
			part([newer, sameDay, older]),
			{ ...request, filters: { month: '2025-12', page: '第2版' } },
			reporters,
		);
		expect(byMonth.results).toEqual([older]);
	});
});
