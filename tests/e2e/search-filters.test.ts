import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../support/fixture-site';
import { useBrowserSession } from '../support/session';
import { searchHeadlines, searchSettled } from '../support/search-page';

const session = useBrowserSession(fixtureDir);

/** The options of a filter as shown: label with count, and value. */
async function options(name: string) {
	return session.page
		.locator(`#search-controls select[name="${name}"] option`)
		.evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).label));
}

describe('search filters and sort, on the fixture archive', () => {
	it('finds the four articles with 社区, headline hits first', async () => {
		const found = await searchHeadlines(session.page, session.site.origin, '社区');
		expect(found.slice(0, 2).sort()).toEqual(['社区服务站启用', '社区篮球赛收官']);
		expect(found.slice(2).sort()).toEqual(['冬季安全检查全面展开', '街道举办迎新活动']);
	});

	it('counts the results of each 版, reporter, year and month', async () => {
		await searchHeadlines(session.page, session.site.origin, '社区');
		expect(await options('ban')).toEqual(['全部', '第1版（1）', '第2版（2）', '第3版（1）']);
		expect(await options('reporter')).toEqual([
			'全部',
			'李四（1）',
			'孙七（1）',
			'王五（1）',
			'张三（1）',
		]);
		expect(await options('year')).toEqual(['全部', '2026年（1）', '2025年（3）']);
		expect(await options('month')).toEqual(['全部', '2026年1月（1）', '2025年12月（3）']);
	});

	it('narrows to a year, a month, a 版 or a reporter given in the address', async () => {
		// The headline hit, then the two of 2025-12-30, each with 社区 once: the shorter first,
		// where it weighs more.
		expect(
			await searchHeadlines(session.page, session.site.origin, '社区', { year: '2025' }),
		).toEqual(['社区服务站启用', '街道举办迎新活动', '冬季安全检查全面展开']);
		expect(
			await searchHeadlines(session.page, session.site.origin, '社区', { month: '2026-01' }),
		).toEqual(['社区篮球赛收官']);
		expect(
			await searchHeadlines(session.page, session.site.origin, '社区', { ban: '第1版' }),
		).toEqual(['冬季安全检查全面展开']);
		expect(
			await searchHeadlines(session.page, session.site.origin, '社区', { reporter: '王五' }),
		).toEqual(['社区服务站启用']);
	});

	it('finds nothing, and says so, for a year or month in the address that is none', async () => {
		const filters: Record<string, string>[] = [
			{ month: '2025-13' },
			{ month: 'abcd' },
			{ year: 'abcd' },
		];
		for (const filter of filters) {
			expect(await searchHeadlines(session.page, session.site.origin, '社区', filter)).toEqual([]);
			expect(await session.page.locator('#search-status').textContent()).toBe(
				'在所选的版、记者、年份或月份中没有含有「社区」的文章：请把筛选改为“全部”再看。',
			);
			expect(await session.page.locator('#search-results').getAttribute('data-count')).toBe('0');
		}
		expect(await options('year')).toEqual(['全部', '2026年（1）', '2025年（3）', 'abcd']);
	});

	it('finds the words of a photo’s caption and credit, as the article prints them', async () => {
		for (const query of ['开工现场', '改造效果图', '王五摄']) {
			expect(await searchHeadlines(session.page, session.site.origin, query)).toEqual([
				'老街交通改造开工',
			]);
		}
	});

	it('sorts newest first when asked', async () => {
		const found = await searchHeadlines(session.page, session.site.origin, '社区', {
			sort: 'newest',
		});
		expect(found[0]).toBe('社区篮球赛收官');
		expect(found.slice(1).sort()).toEqual([
			'冬季安全检查全面展开',
			'社区服务站启用',
			'街道举办迎新活动',
		]);
	});

	it('keeps the choice in the address, so that back and forward work', async () => {
		await searchHeadlines(session.page, session.site.origin, '社区');
		await session.page.locator('#search-controls select[name="year"]').selectOption('2025');
		await searchSettled(session.page);
		await session.page.waitForURL((url) => url.searchParams.get('year') === '2025');
		expect(await session.page.locator('#search-results li h2 a').count()).toBe(3);

		await session.page.goBack();
		await session.page.waitForURL((url) => !url.searchParams.has('year'));
		await searchSettled(session.page);
		expect(await session.page.locator('#search-results li h2 a').count()).toBe(4);

		await session.page.goForward();
		await session.page.waitForURL((url) => url.searchParams.get('year') === '2025');
		await searchSettled(session.page);
		expect(await session.page.locator('#search-results li h2 a').count()).toBe(3);
	});
});
