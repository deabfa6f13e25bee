import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveSite, type SiteServer } from '../support/preview';
import { searchSettled } from '../support/search-page';
import { yzbDir } from '../support/yzb-site';

let site: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	site = await serveSite(yzbDir, '/yzb/');
	browser = await launchBrowser();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser.close();
	await site.stop();
});

describe('the site served under /yzb/', () => {
	it('searches from the header box and leads to articles under /yzb/', async () => {
		await page.goto(`${site.origin}/yzb/`);
		await page.getByRole('searchbox', { name: '搜索报纸文章' }).fill('社区');
		await page.getByRole('searchbox', { name: '搜索报纸文章' }).press('Enter');
		await page.waitForURL((url) => url.pathname === '/yzb/search/');
		await searchSettled(page);
		const links = await page
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
		await page.locator('#search-results li h2 a').first().click();
		await page.waitForURL((url) => url.pathname.startsWith('/yzb/20'));
		expect(await page.locator('article mark.search-highlight').first().textContent()).toBe('社区');
	});

	it('shows its photos and styles from under /yzb/', async () => {
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await page.goto(`${site.origin}/yzb/2026-01-07/jiaotong-gaizao/`, { waitUntil: 'networkidle' });
		expect(
			await page
				.locator('figure img')
				.first()
				.evaluate((image) => (image as HTMLImageElement).naturalWidth),
		).toBeGreaterThan(0);
		expect(failed).toEqual([]);
	});
});
