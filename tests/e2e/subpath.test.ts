import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session';
import { searchSettled } from '../support/search-page';
import { yzbDir } from '../support/yzb-site';

const session = useBrowserSession(yzbDir, '/yzb/');

describe('the site served under /yzb/', () => {
	it('searches from the header box and leads to articles under /yzb/', async () => {
		await session.page.goto(`${session.site.origin}/yzb/`);
		await session.page.getByRole('searchbox', { name: '搜索报纸文章' }).fill('社区');
		await session.page.getByRole('searchbox', { name: '搜索报纸文章' }).press('Enter');
		await session.page.waitForURL((url) => url.pathname === '/yzb/search/');
		await searchSettled(session.page);
		const links = await session.page
			.locator('#search-results li h2 a')
			.evaluateAll((anchors) =>
				anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
			);
		expect(links.sort()).toEqual([
			'/yzb/2025-12-30/dongji-anquan/',
			'/yzb/2025-12-30/jiedao-huodong/',
			'/yzb/2025-12-30/shequ-fuwu/',
			'/yzb/2026-01-07/tiyu-saishi/',
		]);
		await session.page.locator('#search-results li h2 a').first().click();
		await session.page.waitForURL((url) => url.pathname.startsWith('/yzb/20'));
		expect(await session.page.locator('article mark.search-highlight').first().textContent()).toBe(
			'社区',
		);
	});

	it('shows its photos and styles from under /yzb/', async () => {
		const failed: string[] = [];
		session.page.on('requestfailed', (request) => failed.push(request.url()));
		session.page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await session.page.goto(`${session.site.origin}/yzb/2026-01-07/jiaotong-gaizao/`, {
			waitUntil: 'networkidle',
		});
		expect(
			await session.page
				.locator('figure img')
				.first()
				.evaluate((image) => (image as HTMLImageElement).naturalWidth),
		).toBeGreaterThan(0);
		expect(failed).toEqual([]);
	});
});
