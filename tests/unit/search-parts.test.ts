import { describe, expect, it } from 'vitest';
import { reporterCode, resultKey } from '../../src/lib/result-key';
import {
	findArticles,
	partsAsOne,
	type PagefindHit,
	type PagefindIndex,
} from '../../src/scripts/search-engine';
import { termPlan } from '../../src/lib/search-tokens';

/** A hit whose id the index writer could have written, with Pagefind's score. */
function hit(
	date: string,
	page: number,
	reporters: string[],
	score: number,
	words: number[] = [0],
): PagefindHit {
	const id = `${resultKey({ date, page, reporters })}-${score.toString(16).padStart(7, '0')}`;
	return { id, score, words, data: () => Promise.resolve({ url: `/${id}/`, meta: {} }) };
}

/** The headline's word for 社区. */
const headlineWord = (() => {
	const plan = termPlan('社区', 'headline');
	return plan.kind === 'counted' ? plan.word : '';
})();

/** An index part answering 社区 with `hits`, and its headline word with `headline`. */
function part(hits: PagefindHit[], headline: PagefindHit[] = []): PagefindIndex {
	return {
		search: (query) => Promise.resolve({ results: query === headlineWord ? headline : hits }),
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

describe('findArticles with a long term, made of placed words', () => {
	const term = '区委经济工作会议';
	const plan = termPlan(term, 'article');
	const [first, second] = plan.kind === 'placed' ? plan.words : [];

	it('finds an article only where the words stand at their offsets from each other', async () => {
		expect([first?.offset, second?.offset]).toEqual([0, 2]);
		// Three articles hold both words; only the first holds them two characters apart.
		const answers = new Map([
			[
				first?.word,
				[
					hit('2026-01-08', 1, [], 1, [5, 40]),
					hit('2026-01-07', 1, [], 2, [9]),
					hit('2026-01-06', 1, [], 3, [3]),
				],
			],
			[
				second?.word,
				[
					hit('2026-01-08', 1, [], 1, [42]),
					hit('2026-01-07', 1, [], 2, [10, 12]),
					hit('2026-01-06', 1, [], 3, [4]),
				],
			],
		]);
		const index: PagefindIndex = {
			search: (query) => Promise.resolve({ results: answers.get(query) ?? [] }),
		};
		const { results } = await findArticles(index, { ...request, terms: [term] }, reporters);
		expect(results.map((result) => readDay(result.id))).toEqual(['2026-01-08']);
	});
});

function readDay(id: string): string {
	return `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`;
}
