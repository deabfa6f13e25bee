import { describe, expect, it } from 'vitest';
import {
	groupByReporter,
	groupByRubric,
	groupBySeries,
	type GroupedArticle,
} from '../../src/lib/groupings';

const article = (id: string, date: string, more: Partial<GroupedArticle> = {}): GroupedArticle => ({
	id,
	date,
	page: 1,
	title: id,
	...more,
});

const ids = (groups: Map<string, GroupedArticle[]>) =>
	Object.fromEntries([...groups].map(([key, list]) => [key, list.map((item) => item.id)]));

describe('groupByReporter', () => {
	it('treats a name padded for print as the same reporter, newest first', () => {
		const groups = groupByReporter([
			article('old', '2026-01-07', { byline: '记者 刘侃' }),
			article('new', '2026-01-08', { byline: '首席记者 刘 侃 记者 廖 松' }),
			article('none', '2026-01-08'),
		]);
		expect(ids(groups)).toEqual({ 刘侃: ['new', 'old'], 廖松: ['new'] });
	});
});

describe('groupBySeries', () => {
	it('lists a series by part', () => {
		const groups = groupBySeries([
			article('two', '2026-01-08', { series: '老城新貌', part: 2 }),
			article('one', '2026-01-07', { series: '老城新貌', part: 1 }),
		]);
		expect(ids(groups)).toEqual({ 老城新貌: ['one', 'two'] });
	});
});

describe('groupByRubric', () => {
	it('lists a rubric newest first', () => {
		const groups = groupByRubric([
			article('a', '2025-12-30', { rubric: '平安渝中' }),
			article('b', '2026-01-07', { rubric: '平安渝中' }),
		]);
		expect(ids(groups)).toEqual({ 平安渝中: ['b', 'a'] });
	});
});
