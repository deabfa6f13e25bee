import type { Page } from 'playwright-core';

/** Waits until the search page has settled, with results or none. */
export async function searchSettled(page: Page): Promise<void> {
	await page.waitForSelector('#search-results[data-search-state="done"]', { state: 'attached' });
}

/** Opens /search/?q=… (and any further parameters) and returns the result headlines in order. */
export async function searchHeadlines(
	page: Page,
	origin: string,
	query: string,
	more: Record<string, string> = {},
): Promise<string[]> {
	const params = new URLSearchParams({ q: query, ...more });
	await page.goto(`${origin}/search/?${params.toString()}`);
	await searchSettled(page);
	return page.locator('#search-results li h2 a').allTextContents();
}

/** Searches again from the search page's own box, as a reader refining a search does. */
export async function searchAgain(page: Page, query: string): Promise<string[]> {
	await page.locator('#search-page-query').fill(query);
	await page.locator('#search-page-query').press('Enter');
	await searchSettled(page);
	return page.locator('#search-results li h2 a').allTextContents();
}
