/**
 * Search as readers use it, measured in headless Chromium: for each query the bytes transferred
 * and the time until the first results show. The first query runs in a fresh browser (nothing
 * cached, index metadata included); the others follow it on the same search page, as a reader
 * searching again would.
 */
import { chromium, type Page } from 'playwright-core';
import { QUIET_FLAGS } from '../tests/support/browser';

/** One query's figures. */
export interface QueryFigures {
	query: string;
	/** Articles the search page reported; -1 when it reported none (search unavailable). */
	found: number;
	/** Bytes transferred from the query until its results settled. */
	bytes: number;
	/** Those bytes by what they were: index chunks, fragments (results), filters, the rest. */
	kinds: Record<FileKind, number>;
	/** Milliseconds until the first result (or the no-result message) showed. */
	firstResultsMs: number;
	/** Milliseconds until the search settled (count and filters final). */
	settledMs: number;
}

type FileKind = 'index' | 'fragment' | 'filter' | 'other';

/** What a requested file is to Pagefind, by its name. */
function fileKind(url: string): FileKind {
	if (url.endsWith('.pf_index')) return 'index';
	if (url.endsWith('.pf_fragment')) return 'fragment';
	if (url.endsWith('.pf_filter')) return 'filter';
	return 'other';
}

const noBytes = (): Record<FileKind, number> => ({ index: 0, fragment: 0, filter: 0, other: 0 });

/** Figures of a whole session: the cold first query, then the warm ones. */
export interface SearchFigures {
	cold: QueryFigures;
	warm: QueryFigures[];
}

/** Watches the result list from the page's first script: when results first show, when done. */
const WATCH = `
	window.__searchTimes = { first: -1, done: -1 };
	new MutationObserver(() => {
		const list = document.getElementById('search-results');
		if (!list) return;
		const times = window.__searchTimes;
		if (times.first < 0 && (list.children.length > 0 || list.dataset.searchState === 'done')) {
			times.first = performance.now();
		}
		if (times.done < 0 && list.dataset.searchState === 'done') times.done = performance.now();
	}).observe(document, { subtree: true, childList: true, attributes: true });
`;

interface Times {
	first: number;
	done: number;
	found: number;
}

/** Waits for the search to settle and reads its figures. */
async function settled(page: Page): Promise<Times> {
	await page.waitForFunction(
		() => (window as unknown as { __searchTimes: { done: number } }).__searchTimes.done >= 0,
		undefined,
		{ timeout: 120_000 },
	);
	return page.evaluate(() => {
		const times = (window as unknown as { __searchTimes: { first: number; done: number } })
			.__searchTimes;
		const list = document.getElementById('search-results');
		return { first: times.first, done: times.done, found: Number(list?.dataset.count ?? -1) };
	});
}

/** Runs `queries` against the site at `origin` (the first one cold) and measures each. */
export async function measureQueries(origin: string, queries: string[]): Promise<SearchFigures> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: QUIET_FLAGS,
	});
	try {
		const context = await browser.newContext();
		await context.addInitScript({ content: WATCH });
		const page = await context.newPage();
		let bytes = 0;
		let kinds = noBytes();
		page.on('requestfinished', (request) => {
			void request
				.sizes()
				.then((sizes) => {
					const size = sizes.responseBodySize + sizes.responseHeadersSize;
					bytes += size;
					kinds[fileKind(request.url())] += size;
				})
				.catch(() => undefined);
		});

		const [first = '', ...rest] = queries;
		await page.goto(`${origin}/search/?${new URLSearchParams({ q: first }).toString()}`);
		const coldTimes = await settled(page);
		await page.waitForLoadState('networkidle');
		const cold: QueryFigures = {
			query: first,
			found: coldTimes.found,
			bytes,
			kinds,
			firstResultsMs: coldTimes.first,
			settledMs: coldTimes.done,
		};

		const warm: QueryFigures[] = [];
		for (const query of [...rest, first]) {
			bytes = 0;
			kinds = noBytes();
			const started = await page.evaluate((text) => {
				const times = (window as unknown as { __searchTimes: { first: number; done: number } })
					.__searchTimes;
				times.first = -1;
				times.done = -1;
				const form = document.querySelector<HTMLFormElement>('#search-controls');
				const box = form?.querySelector<HTMLInputElement>('input[name="q"]');
				if (!form || !box) throw new Error('search form missing');
				box.value = text;
				const now = performance.now();
				form.requestSubmit();
				return now;
			}, query);
			const times = await settled(page);
			await page.waitForLoadState('networkidle');
			warm.push({
				query,
				found: times.found,
				bytes,
				kinds,
				firstResultsMs: times.first - started,
				settledMs: times.done - started,
			});
		}
		return { cold, warm };
	} finally {
		await browser.close();
	}
}
