import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { fixtureDir } from '../support/fixture-site';
import { serveSite, type SiteServer } from '../support/preview';
import { searchSettled } from '../support/search-page';

let realSite: SiteServer;
let fixtureSite: SiteServer;
let browser: Browser;

beforeAll(async () => {
	[realSite, fixtureSite] = await Promise.all([serveSite(), serveSite(fixtureDir)]);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser.close();
	await Promise.all([realSite.stop(), fixtureSite.stop()]);
});

/** Every kind of page: the real site's, and the fixture's for what the real site lacks. */
const PAGES: [string, 'real' | 'fixture', string][] = [
	['home', 'real', '/'],
	['edition', 'real', '/2026-01-08/'],
	['版', 'real', '/2026-01-08/page-2/'],
	['article', 'real', '/2026-01-08/jingji-huiyi-fanxiang-1/'],
	['article with a gap', 'real', '/2026-01-08/quwei-jingji-gongzuo-huiyi/'],
	['search with results', 'real', '/search/?q=渝中'],
	['search without results', 'real', '/search/?q=不存在的词'],
	['404', 'real', '/404.html'],
	['archive', 'fixture', '/archive/'],
	['reporters', 'real', '/reporters/'],
	['reporter, paginated', 'fixture', '/reporters/zhang-san/'],
	['series', 'fixture', '/series/lao-cheng-xin-mao/'],
	['rubric', 'fixture', '/rubrics/ping-an-yu-zhong/'],
	['article on two 版', 'fixture', '/2026-01-07/jiaotong-gaizao/'],
];

describe.each(['light', 'dark'] as const)('axe, in the %s theme', (scheme) => {
	it.each(PAGES)('finds nothing on the %s page', async (_kind, siteName, path) => {
		const site = siteName === 'real' ? realSite : fixtureSite;
		const page = await browser.newPage({ colorScheme: scheme });
		await page.goto(`${site.origin}${path}`);
		if (path.startsWith('/search/')) await searchSettled(page);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
