import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveSite, type SiteServer } from '../support/preview';
import { searchAgain, searchHeadlines } from '../support/search-page';
import {
	bodyRuns,
	expectedHeadlines,
	headlineRuns,
	sharedCases,
	truthArticles,
} from '../support/search-truth';
import { searchCasesPath } from '../support/site';

let site: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	site = await serveSite();
	browser = await launchBrowser();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser.close();
	await site.stop();
});

const articles = truthArticles();

/**
 * Runs each query through the search page's box (the address follows each search); returns the
 * queries whose results differ from the substring scan.
 */
async function mismatches(queries: readonly string[]) {
	const wrong: { query: string; expected: string[]; found: string[] }[] = [];
	await page.goto(`${site.origin}/search/`);
	for (const query of queries) {
		const found = (await searchAgain(page, query)).sort();
		expect(new URL(page.url()).searchParams.get('q')).toBe(query);
		const expected = expectedHeadlines(articles, query);
		if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push({ query, expected, found });
	}
	return wrong;
}

describe('the search page, against ../shared/search-cases.tsv', () => {
	it.each(sharedCases(searchCasesPath))('finds exactly the articles for $query', async (entry) => {
		const found = await searchHeadlines(page, site.origin, entry.query);
		expect(found.sort()).toEqual(entry.headlines);
	});
});

describe('the search page, against a substring scan of the articles', () => {
	it('finds exactly the articles for every 2–4 character run of every headline', async () => {
		const runs = headlineRuns(articles);
		expect(runs.length).toBeGreaterThan(250);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);

	it('finds exactly the articles for 300 random 2–6 character runs of the bodies', async () => {
		const runs = bodyRuns(articles, 300);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);
});
