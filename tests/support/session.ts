import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveSite, type SiteServer } from './preview';

/** A served site, a browser and a page, shared by the tests of one file. */
export interface BrowserSession {
	site: SiteServer;
	browser: Browser;
	page: Page;
}

/**
 * Serves a built site (dist/ unless `outDir` is given, under `base`) and opens headless
 * Chromium for the tests of the calling file; both stop when the file is done.
 */
export function useBrowserSession(outDir?: string, base?: string): BrowserSession {
	const session = {} as BrowserSession;
	beforeAll(async () => {
		session.site = await serveSite(outDir, base);
		session.browser = await launchBrowser();
		session.page = await session.browser.newPage();
	});
	afterAll(async () => {
		await session.browser.close();
		await session.site.stop();
	});
	return session;
}
