import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session';
import { searchAgain, searchHeadlines } from '../support/search-page';
import {
	bodyRuns,
	characterRuns,
	expectedHeadlines,
	headlineRuns,
	joinedRuns,
	sharedCases,
	truthArticles,
} from '../support/search-truth';
import { searchCasesPath } from '../support/site';

const session = useBrowserSession();

const articles = truthArticles();

/**
 * Runs each query through the search page's box (the address follows each search); returns the
 * queries whose results differ from the substring scan.
 */
async function mismatches(queries: readonly string[]) {
	const wrong: { query: string; expected: string[]; found: string[] }[] = [];
	await session.page.goto(`${session.site.origin}/search/`);
	for (const query of queries) {
		const found = (await searchAgain(session.page, query)).sort();
		expect(new URL(session.page.url()).searchParams.get('q')).toBe(query);
		const expected = expectedHeadlines(articles, query);
		if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push({ query, expected, found });
	}
	return wrong;
}

describe('the search session.page, against ../shared/search-cases.tsv', () => {
	it.each(sharedCases(searchCasesPath))('finds exactly the articles for $query', async (entry) => {
		const found = await searchHeadlines(session.page, session.site.origin, entry.query);
		expect(found.sort()).toEqual(entry.headlines);
	});
});

describe('the search session.page, against a substring scan of the articles', () => {
	it('finds exactly the articles for every 2–4 character run of every headline', async () => {
		const runs = headlineRuns(articles);
		expect(runs.length).toBeGreaterThan(250);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);

	it("finds exactly the articles for single characters, each field's last among them", async () => {
		const runs = characterRuns(articles, 60);
		expect(runs.length).toBeGreaterThanOrEqual(60);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);

	it('finds exactly the articles for 300 random 2–6 character runs of the bodies', async () => {
		const runs = bodyRuns(articles, 300);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);

	it('finds exactly the articles for 60 random 7–24 character runs of the bodies', async () => {
		const runs = bodyRuns(articles, 60, 20260110, [7, 24]);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);

	it('finds nothing where two runs of the bodies joined stand in no article', async () => {
		const runs = joinedRuns(articles, 60);
		const present = runs.filter((query) => expectedHeadlines(articles, query).length > 0);
		// Most joined runs stand nowhere; the scan decides each one either way.
		expect(present.length).toBeLessThan(10);
		expect(await mismatches(runs)).toEqual([]);
	}, 600_000);
});
