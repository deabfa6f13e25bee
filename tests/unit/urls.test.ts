import { describe, expect, it } from 'vitest';
import {
	ARTICLE_SLUG,
	articlePath,
	editionPath,
	normaliseBase,
	pagePath,
	RESERVED_SLUG,
	searchPath,
	withBase,
} from '../../src/lib/urls';

describe('urls', () => {
	it('makes date-based paths that end with a slash', () => {
		expect(editionPath('2026-01-08')).toBe('/2026-01-08/');
		expect(pagePath('2026-01-08', 2)).toBe('/2026-01-08/page-2/');
		expect(articlePath('2026-01-08', 'kaimen-sanping')).toBe('/2026-01-08/kaimen-sanping/');
	});

	it('encodes a Chinese query in the search URL', () => {
		expect(searchPath('登记难')).toBe('/search/?q=%E7%99%BB%E8%AE%B0%E9%9A%BE');
	});

	it('puts paths under a subpath base', () => {
		expect(normaliseBase('yzb')).toBe('/yzb/');
		expect(normaliseBase('/yzb/')).toBe('/yzb/');
		expect(withBase('/2026-01-08/', '/yzb')).toBe('/yzb/2026-01-08/');
	});

	it('accepts only lower-case ASCII slugs, and reserves page-N', () => {
		expect(ARTICLE_SLUG.test('kaimen-sanping')).toBe(true);
		expect(ARTICLE_SLUG.test('Kaimen')).toBe(false);
		expect(ARTICLE_SLUG.test('开门')).toBe(false);
		expect(RESERVED_SLUG.test('page-2')).toBe(true);
	});
});
