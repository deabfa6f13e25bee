import { describe, expect, it } from 'vitest';
import { groupIntoEditions, pageLabel } from '../../src/lib/paper';

const article = (id: string, date: string, page: number, order?: number) => ({
	id,
	date,
	page,
	order,
	title: id,
});

describe('groupIntoEditions', () => {
	it('orders editions newest first, 版 ascending and articles in print order', () => {
		const editions = groupIntoEditions([
			article('b', '2026-01-08', 2, 2),
			article('c', '2026-01-07', 1),
			article('a', '2026-01-08', 2, 1),
			article('d', '2026-01-08', 1),
		]);
		expect(
			editions.map((edition) => [
				edition.date,
				edition.pages.map((page) => [page.number, page.articles.map((item) => item.id)]),
			]),
		).toEqual([
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
		expect(edition?.pages[0]?.articles.map((item) => item.id)).toEqual(['丙', '甲', '乙']);
	});

	it('takes page names from edition data, and builds pages without any', () => {
		const [edition] = groupIntoEditions(
			[article('a', '2026-01-08', 1), article('b', '2026-01-08', 2)],
			new Map([['2026-01-08', [{ number: 1, name: '要闻' }]]]),
		);
		expect(edition?.pages.map(pageLabel)).toEqual(['第1版 要闻', '第2版']);
	});
});
