import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reporterCode } from '../../src/lib/result-key';
import { builtFileExists, builtFilePath, loadPage } from '../support/site';

describe('the search index', () => {
	it('is written with the site in one part, holding the seven articles unsegmented', () => {
		const manifest = JSON.parse(readFileSync(builtFilePath('/pagefind/shards.json'), 'utf8')) as {
			parts: string[];
			reporters: Record<string, string>;
		};
		expect(manifest.parts).toEqual(['2026-01_2026-01']);
		// The reporters of the edition's bylines, by the codes their results' ids carry.
		expect(Object.values(manifest.reporters).sort()).toEqual(
			['刘侃', '黄清娟', '廖松', '袁侨德', '姚廷洋', '晏艳辉'].sort(),
		);
		expect(manifest.reporters[reporterCode('刘侃')]).toBe('刘侃');
		expect(builtFileExists('/pagefind/2026-01_2026-01/pagefind.js')).toBe(true);
		const entry = JSON.parse(
			readFileSync(builtFilePath('/pagefind/2026-01_2026-01/pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number; wasm: string | null }> };
		expect(Object.keys(entry.languages)).toEqual(['zxx']);
		expect(entry.languages.zxx?.page_count).toBe(7);
		expect(entry.languages.zxx?.wasm).toBeNull();
		// Pagefind's own interface is not used, and not published.
		expect(builtFileExists('/pagefind/2026-01_2026-01/pagefind-ui.js')).toBe(false);
	});

	it('is searched from a page with the results list and a status line', () => {
		const $ = loadPage('/search/');
		expect($('ol#search-results').length).toBe(1);
		expect($('#search-status').attr('role')).toBe('status');
		expect($('#search-page').attr('data-index')).toBe('/pagefind/');
	});

	it('is reached from a search box in the header of every page, as a plain GET form', () => {
		for (const path of [
			'/',
			'/2026-01-08/',
			'/2026-01-08/page-2/',
			'/2026-01-08/kaimen-sanping/',
		]) {
			const form = loadPage(path)('header form[role="search"]');
			expect(form.attr('action')).toBe('/search/');
			expect(form.attr('method')).toBe('get');
			expect(form.find('input[name="q"]').length).toBe(1);
		}
	});
});

describe('the 404 page', () => {
	it('is a Chinese page that leads home', () => {
		const $ = loadPage('/404.html');
		expect($('html').attr('lang')).toBe('zh-CN');
		expect($('h1').text()).toBe('找不到这个页面');
		expect($('main a').attr('href')).toBe('/');
	});
});
