import { describe, expect, it } from 'vitest';
import {
	editionSequence,
	groupIntoEditions,
	neighbours,
	pageLabel,
	type PaperEdition,
	type PlacedArticle,
} from '../../src/lib/paper';

const article = (
	id: string,
	date: string,
	page: number,
	order?: number,
	more: Partial<PlacedArticle> = {},
): PlacedArticle => ({ id, date, page, order, title: id, ...more });

/** Each 版 as [number, [id and jump of each entry]]. */
const layout = (edition: PaperEdition<PlacedArticle> | undefined) =>
	edition?.pages.map((page) => [
		page.number,
		page.entries.map((entry) =>
			entry.jump
				? `${entry.article.id} ${entry.jump.direction} ${entry.jump.page}`
				: entry.article.id,
		),
	]);

describe('groupIntoEditions', () => {
	it('orders editions newest first, 版 ascending and articles in print order', () => {
		const editions = groupIntoEditions([
			article('b', '2026-01-08', 2, 2),
			article('c', '2026-01-07', 1),
			article('a', '2026-01-08', 2, 1),
			article('d', '2026-01-08', 1),
		]);
		expect(editions.map((edition) => [edition.date, layout(edition)])).toEqual([
			[
				'2026-01-08',
				[
					[1, ['d']],
					[2, ['a', 'b']],
				],
			],
			['2026-01-07', [[1, ['c']]]],
		]);
	});

	it('puts unnumbered articles after numbered ones, by headline', () => {
		const [edition] = groupIntoEditions([
			article('乙', '2026-01-08', 2),
			article('甲', '2026-01-08', 2),
			article('丙', '2026-01-08', 2, 5),
		]);
		expect(layout(edition)).toEqual([[2, ['丙', '甲', '乙']]]);
	});

	it('lists an article continued on another 版 on both, with 转 and 接', () => {
		const [edition] = groupIntoEditions([
			article('a', '2026-01-07', 1, 1, { continuedTo: 3 }),
			article('b', '2026-01-07', 1, 2),
			article('c', '2026-01-07', 3, 1),
		]);
		expect(layout(edition)).toEqual([
			[1, ['a to 3', 'b']],
			[3, ['c', 'a from 1']],
		]);
	});

	it('marks a continuation whose first part is not in the archive as coming from its 版', () => {
		const [edition] = groupIntoEditions([article('a', '2026-01-08', 2, 1, { continuedFrom: 1 })]);
		expect(layout(edition)).toEqual([[2, ['a from 1']]]);
	});

	it('takes page names from edition data, and builds pages without any', () => {
		const [edition] = groupIntoEditions(
			[article('a', '2026-01-08', 1), article('b', '2026-01-08', 2)],
			new Map([['2026-01-08', [{ number: 1, name: '要闻' }]]]),
		);
		expect(edition?.pages.map(pageLabel)).toEqual(['第1版 要闻', '第2版']);
	});
});

describe('editionSequence', () => {
	it('runs from the last article of one 版 to the first of the next, each article once', () => {
		const [edition] = groupIntoEditions([
			article('a', '2026-01-07', 1, 1, { continuedTo: 3 }),
			article('b', '2026-01-07', 1, 2),
			article('c', '2026-01-07', 2, 1),
			article('d', '2026-01-07', 3, 1),
		]);
		expect(edition && editionSequence(edition).map((item) => item.id)).toEqual([
			'a',
			'b',
			'c',
			'd',
		]);
	});
});

describe('neighbours', () => {
	it('gives both neighbours in the middle and one at each end', () => {
		expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
		expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ next: 'b' });
		expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b' });
		expect(neighbours(['a'], 0)).toEqual({});
	});
});
