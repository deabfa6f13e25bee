import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session';

const session = useBrowserSession();

/** The headlines of the search results once the search has settled. */
async function searchResults(query: string): Promise<string[]> {
	await session.page.goto(`${session.site.origin}/search/?q=${encodeURIComponent(query)}`);
	await session.page.waitForSelector('#search-results[data-search-state="done"]', {
		state: 'attached',
	});
	return session.page.locator('#search-results li h2 a').allTextContents();
}

describe('a reader', () => {
	it('opens an article from the home page by clicking its headline', async () => {
		await session.page.goto(`${session.site.origin}/`);
		await session.page
			.getByRole('link', { name: '我区召开专题调度会 聚力攻坚不动产“登记难”' })
			.click();
		await session.page.waitForURL('**/2026-01-08/budongchan-dengji/');
		expect(await session.page.locator('h1').textContent()).toBe(
			'我区召开专题调度会 聚力攻坚不动产“登记难”',
		);
		expect(await session.page.locator('article header time').textContent()).toBe(
			'2026年1月8日 星期四',
		);
	});

	it('searches 登记难 from the header box and finds the 不动产 article', async () => {
		await session.page.goto(`${session.site.origin}/2026-01-08/kaimen-sanping/`);
		await session.page.getByRole('searchbox', { name: '搜索报纸文章' }).fill('登记难');
		await session.page.getByRole('button', { name: '搜索' }).click();
		await session.page.waitForURL('**/search/?q=*');
		await session.page.waitForSelector('#search-results[data-search-state="done"]', {
			state: 'attached',
		});
		const headlines = await session.page.locator('#search-results li h2 a').allTextContents();
		expect(headlines).toEqual(['我区召开专题调度会 聚力攻坚不动产“登记难”']);
		expect(
			await session.page.locator('#search-results li .search-result-where').textContent(),
		).toBe('2026年1月8日 星期四 第2版');
		const marked = await session.page.locator('#search-results li mark').allTextContents();
		expect(marked).toEqual(['登记难', '登记难']);
		expect(await session.page.locator('#search-page-query').inputValue()).toBe('登记难');
	});

	it('follows a search result to its article, which marks what was searched', async () => {
		await searchResults('登记难');
		await session.page.locator('#search-results li h2 a').first().click();
		await session.page.waitForURL((url) => url.pathname === '/2026-01-08/budongchan-dengji/');
		expect(new URL(session.page.url()).searchParams.get('highlight')).toBe('登记难');
		expect(await session.page.locator('h1').textContent()).toBe(
			'我区召开专题调度会 聚力攻坚不动产“登记难”',
		);
		await session.page.waitForSelector('article mark.search-highlight');
		expect(await session.page.locator('article mark.search-highlight').allTextContents()).toEqual([
			'登记难',
			'登记难',
			'登记难',
			'登记难',
			'登记难',
		]);
	});

	it('marks only the fields search reads, each on its own', async () => {
		/** The marks on the article page asked to highlight `query`. */
		const marks = async (query: string) => {
			await session.page.goto(
				`${session.site.origin}/2026-01-08/hezuo-gongying/?${new URLSearchParams({ highlight: query }).toString()}`,
			);
			await session.page.waitForSelector('article mark.search-highlight');
			return session.page.locator('article mark.search-highlight').allTextContents();
		};
		// 版 and 刊于 stand only in the page's own lines (date, 版, the note on 上接); 拥抱世界2026
		// would run from the headline into the date line. 乾坤 shows that the page did mark.
		expect(await marks('版 刊于 拥抱世界2026 乾坤')).toEqual(['乾坤']);
		expect(await marks('敞开胸怀')).toEqual(['敞开胸怀', '敞开胸怀']);
	});

	it('is told when nothing is found, with the list left empty', async () => {
		expect(await searchResults('火星探测器')).toEqual([]);
		expect(await session.page.getByRole('status').textContent()).toBe(
			'没有找到含有「火星探测器」的文章。',
		);
	});
});
