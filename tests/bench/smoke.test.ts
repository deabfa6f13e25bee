import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveSite } from '../support/preview';
import { searchSettled } from '../support/search-page';
import { repoRoot } from '../support/site';

/** The figures the bench prints as its last line. */
interface BenchFigures {
	articles: number;
	editions: number;
	build: { elapsedMs: number; peakBytes: number; runs: unknown[] };
	site: { pages: number; largestPage: { path: string; bytes: number } };
	searchIndex: { bytes: number; files: number };
	search: {
		cold: { query: string; found: number; bytes: number };
		warm: { query: string; found: number; bytes: number; firstResultsMs: number }[];
	};
	expected: Record<string, number>;
	targets: Record<string, boolean>;
}

const ARTICLES = 240;
const work = join(repoRoot, '.bench', String(ARTICLES));

describe('npm run bench on a small archive', () => {
	let run: SpawnSyncReturns<string>;
	let lastLine = '';
	beforeAll(() => {
		const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
		run = spawnSync(
			process.execPath,
			[tsx, 'bench/run.ts', '--articles', String(ARTICLES), '--verify'],
			{ cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
		lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
	}, 600_000);

	it('runs to the end and prints its figures as JSON on the last line', () => {
		expect(run.stderr).toContain('production build:');
		expect(run.status).toBe(0);
		const figures = JSON.parse(lastLine) as BenchFigures;
		expect(figures.articles).toBe(ARTICLES);
		expect(figures.editions).toBe(10);
		expect(figures.build.runs).toHaveLength(1);
		expect(figures.build.peakBytes).toBeGreaterThan(0);
	});

	it('builds a page for every generated article', () => {
		const articles = join(work, 'content', 'articles');
		const days = readdirSync(articles).sort();
		expect(days).toHaveLength(10);
		expect(days.at(-1)).toBe('2026-01-07');
		for (const day of days) {
			const files = readdirSync(join(articles, day));
			expect(files).toHaveLength(24);
			for (const file of files) {
				const page = join(work, 'site', day, file.replace(/\.md$/u, ''), 'index.html');
				expect(existsSync(page), page).toBe(true);
			}
		}
		const figures = JSON.parse(lastLine) as BenchFigures;
		// 240 articles, 10 editions with 8 版 each, and the site's other pages.
		expect(figures.site.pages).toBeGreaterThan(ARTICLES + 10 + 80);
	});

	it('writes the search index in parts, the newest month first', () => {
		const { parts } = JSON.parse(
			readFileSync(join(work, 'site', 'pagefind', 'shards.json'), 'utf8'),
		) as { parts: string[] };
		expect(parts).toEqual(['2026-01_2026-01', '2025-12_2025-12']);
	});

	it('finds in the browser exactly as many articles as a plain scan of the archive', () => {
		const figures = JSON.parse(lastLine) as BenchFigures;
		const searches = [figures.search.cold, ...figures.search.warm];
		expect(searches.map((search) => search.query)).toEqual([
			'渝中',
			...figures.search.warm.slice(0, -1).map((search) => search.query),
			'渝中',
		]);
		for (const search of searches) expect(search.found).toBe(figures.expected[search.query]);
		expect(figures.expected['不存在的词']).toBe(0);
		expect(figures.expected['渝中']).toBeGreaterThan(100);
		expect(figures.targets['every query finds exactly the articles containing it']).toBe(true);
		expect(figures.search.cold.bytes).toBeGreaterThan(0);
	});

	it('shows each of a broad search’s results once, newest first, however fast 更多 is clicked', async () => {
		const figures = JSON.parse(lastLine) as BenchFigures;
		const site = await serveSite(join(work, 'site'));
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(`${site.origin}/search/?q=渝中&sort=newest`);
			await searchSettled(page);
			const more = page.locator('#search-more');
			// A double click lands while the next results load; it must not skip a batch.
			await more.dblclick();
			// Then click on until every result shows; clicks while a batch loads are ignored.
			let hidden = false;
			while (!hidden) {
				hidden = await page.evaluate(() => {
					const button = document.getElementById('search-more');
					if (!button || button.hidden) return true;
					button.click();
					return false;
				});
			}
			const links = await page
				.locator('#search-results li h2 a')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
			expect(links).toHaveLength(figures.expected['渝中'] ?? -1);
			expect(new Set(links).size).toBe(links.length);
			const days = links.map((link) => link.slice(1, 11));
			expect(days).toEqual([...days].sort().reverse());
		} finally {
			await browser.close();
			await site.stop();
		}
	});
});
