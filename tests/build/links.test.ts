import { describe, expect, it } from 'vitest';
import { clickDepths, readSite } from '../support/crawl';
import { fixtureDir } from '../support/fixture-site';
import { distDir } from '../support/site';

describe.each([
	['the real site', distDir],
	['the fixture archive', fixtureDir],
])('%s', (_name, root) => {
	it('has no link or asset that points to a page that does not exist', () => {
		expect(readSite(root).broken).toEqual([]);
	});
});

describe('the real site', () => {
	it('reaches every page within three clicks of the home page', () => {
		const depths = clickDepths(distDir, '/');
		// The search page is one submit of the search box every page carries, not a link.
		const pages = [...readSite(distDir).links.keys()].filter(
			(path) => path !== '/404.html' && path !== '/search/',
		);
		const far = pages.filter((path) => (depths.get(path) ?? Infinity) > 3);
		expect(far).toEqual([]);
		expect(pages.length).toBe(21);
	});

	it('ships only the real edition', () => {
		const pages = [...readSite(distDir).links.keys()];
		expect(pages.filter((path) => /^\/\d{4}-\d{2}-\d{2}\/$/u.test(path))).toEqual(['/2026-01-08/']);
	});
});
