import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveSite, type SiteServer } from '../support/preview';
import { repoRoot } from '../support/site';

let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
	site = await serveSite();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser.close();
	await site.stop();
});

const ARTICLE = '/2026-01-08/jingji-huiyi-fanxiang-1/';

/** A fresh page at `width` px, light unless told otherwise. */
async function open(
	path: string,
	width = 375,
	colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
	await page.goto(`${site.origin}${path}`);
	return page;
}

/** Computed style values of the first element matching `selector`. */
function styleOf(page: Page, selector: string, properties: string[]) {
	return page
		.locator(selector)
		.first()
		.evaluate((element, names) => {
			const style = getComputedStyle(element);
			return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
		}, properties);
}

describe('Chinese typography', () => {
	it('sets body text at 18 px on a phone and 20 px on a desktop, 1.85 apart', async () => {
		const phone = await open(ARTICLE, 375);
		expect(await styleOf(phone, '.article-body > p', ['font-size', 'line-height'])).toEqual({
			'font-size': '18px',
			'line-height': '33.3px',
		});
		const desktop = await open(ARTICLE, 1280);
		expect(await styleOf(desktop, '.article-body > p', ['font-size'])).toEqual({
			'font-size': '20px',
		});
		const width = await desktop.locator('.article-body').evaluate((body) => body.clientWidth);
		expect(Math.floor(width / 20)).toBe(38);
	});

	it('indents body paragraphs by two characters, 本报讯 too, and nothing else', async () => {
		const page = await open('/2026-01-08/zhihui-dangjian/');
		expect(await styleOf(page, '.article-body > p', ['text-indent'])).toEqual({
			'text-indent': '36px',
		});
		expect(await styleOf(page, '.article-body > h2', ['text-indent'])).toEqual({
			'text-indent': '0px',
		});
		expect(await styleOf(page, '.article-body > p.byline-closing', ['text-indent'])).toEqual({
			'text-indent': '0px',
		});
		expect(await styleOf(page, 'article header .byline', ['text-indent'])).toEqual({
			'text-indent': '0px',
		});
		const opening = await open('/2026-01-08/kaimen-sanping/');
		expect(await styleOf(opening, '.article-body > p', ['text-indent'])).toEqual({
			'text-indent': '36px',
		});
	});

	it('justifies the body with strict line breaking, in a Simplified Chinese serif stack', async () => {
		const page = await open(ARTICLE);
		const style = await styleOf(page, '.article-body', ['text-align', 'line-break', 'font-family']);
		expect(style['text-align']).toBe('justify');
		expect(style['line-break']).toBe('strict');
		expect(style['font-family']).toBe(
			'"Songti SC", STSong, "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif',
		);
		const chrome = await styleOf(page, 'html', ['font-family']);
		expect(chrome['font-family']).toMatch(/^"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei"/u);
		expect(chrome['font-family']).not.toContain('system-ui');
	});
});

describe('every screen', () => {
	it.each([
		'/',
		'/2026-01-08/',
		'/2026-01-08/page-2/',
		ARTICLE,
		'/search/?q=渝中',
		'/archive/',
		'/reporters/liu-kan/',
		'/404.html',
	])('shows %s at 375 px without sideways scrolling', async (path) => {
		const page = await open(path, 375);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
	});
});

/** How many lines the text of the first element matching `selector` takes. */
function linesOf(page: Page, selector: string) {
	return page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});
}

describe('a small phone with the large text size', () => {
	/** A page 360 px wide with 大字号 chosen. */
	async function openLarge(path: string) {
		const page = await open(path, 360);
		await page.getByRole('button', { name: '大字号' }).click();
		return page;
	}

	it('keeps 搜索 and the edition’s weekday on one line each', async () => {
		const home = await openLarge('/');
		expect(await linesOf(home, 'header button[type="submit"]')).toBe(1);
		expect(await linesOf(home, 'h1 time span:last-child')).toBe(1);
		expect(await home.locator('h1 time span:last-child').textContent()).toBe('星期四');
		const search = await openLarge('/search/?q=渝中');
		expect(await linesOf(search, 'main button[type="submit"]')).toBe(1);
	});

	it('gives each reporter’s name a target at least 32 px tall', async () => {
		const page = await openLarge(ARTICLE);
		const heights = await page
			.locator('article header a.byline-name')
			.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(0);
		for (const height of heights) expect(height).toBeGreaterThanOrEqual(32);
	});

	it('shows 夜间模式 filled when it is on, as the sizes are', async () => {
		const page = await openLarge(ARTICLE);
		const theme = 'button[data-theme-toggle]';
		const off = await styleOf(page, theme, ['background-color']);
		await page.getByRole('button', { name: '夜间模式' }).click();
		const on = await styleOf(page, theme, ['background-color']);
		const large = await styleOf(page, 'button[data-text-size="large"]', ['background-color']);
		expect(on).not.toEqual(off);
		expect(on).toEqual(large);
	});
});

describe('reader preferences', () => {
	it('keep the dark theme and the large text size across a reload', async () => {
		const page = await open(ARTICLE);
		await page.getByRole('button', { name: '夜间模式' }).click();
		await page.getByRole('button', { name: '大字号' }).click();
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await styleOf(page, 'html', ['font-size', 'background-color'])).toEqual({
			'font-size': '19px',
			'background-color': 'rgb(24, 23, 21)',
		});
		expect(await page.getByRole('button', { name: '大字号' }).getAttribute('aria-pressed')).toBe(
			'true',
		);
	});

	it('follow the system’s dark mode until the reader chooses', async () => {
		const page = await open(ARTICLE, 375, 'dark');
		expect(await styleOf(page, 'html', ['background-color'])).toEqual({
			'background-color': 'rgb(24, 23, 21)',
		});
		await page.getByRole('button', { name: '夜间模式' }).click();
		await page.reload();
		expect(await styleOf(page, 'html', ['background-color'])).toEqual({
			'background-color': 'rgb(255, 253, 248)',
		});
	});
});

describe('print', () => {
	it('prints the article in black on white, without the site’s chrome, with its address', async () => {
		const page = await open(ARTICLE, 1280, 'dark');
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'header nav',
			'header form',
			'#reader-controls',
			'.breadcrumb',
			'.prev-next',
		]) {
			expect(await page.locator(selector).first().isVisible()).toBe(false);
		}
		expect(await styleOf(page, 'body', ['color', 'background-color'])).toEqual({
			color: 'rgb(0, 0, 0)',
			'background-color': 'rgba(0, 0, 0, 0)',
		});
		expect(await styleOf(page, 'html', ['background-color'])).toEqual({
			'background-color': 'rgb(255, 255, 255)',
		});
		expect(await page.locator('.print-only').textContent()).toBe(
			`本文网址：https://www.yuzhongbao.example${ARTICLE}`,
		);
		expect(await page.locator('article header time').first().isVisible()).toBe(true);
	});
});

describe('weight and requests', () => {
	it('keeps an article page under 50 KB gzipped, HTML, CSS and JavaScript together', async () => {
		const page = await browser.newPage();
		const sizes: number[] = [];
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (['document', 'stylesheet', 'script'].includes(type)) {
				void response.body().then((body) => sizes.push(gzipSync(body).length));
			}
		});
		await page.goto(`${site.origin}${ARTICLE}`, { waitUntil: 'networkidle' });
		const total = sizes.reduce((sum, size) => sum + size, 0);
		expect(total).toBeGreaterThan(3_000);
		expect(total).toBeLessThan(50 * 1024);
	});

	it('makes no request outside the site, on any kind of page', async () => {
		const page = await browser.newPage();
		const outside: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) {
				outside.push(request.url());
			}
		});
		for (const path of ['/', ARTICLE, '/search/?q=渝中', '/archive/', '/2026-01-08/page-2/']) {
			await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
		}
		expect(outside).toEqual([]);
	});
});

describe('screenshots', () => {
	it('writes the home and an article page at 375 and 1280 px, light and dark, to look at', async () => {
		const folder = `${repoRoot}tests/.output/screenshots`;
		mkdirSync(folder, { recursive: true });
		const written: string[] = [];
		for (const [name, path] of [
			['home', '/'],
			['article', ARTICLE],
		]) {
			for (const width of [375, 1280]) {
				for (const scheme of ['light', 'dark'] as const) {
					const page = await open(path ?? '/', width, scheme);
					const file = `${folder}/${name}-${width}-${scheme}.png`;
					await page.screenshot({ path: file, fullPage: true });
					written.push(file);
					await page.close();
				}
			}
		}
		expect(written.length).toBe(8);
	});
});

describe('a browser without the stylesheet', () => {
	it('still reads the article in order: headline, then every paragraph, none overlapping', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
		await page.route('**/*.css', (route) => route.abort());
		await page.goto(`${site.origin}${ARTICLE}`);
		expect(await page.locator('h1').isVisible()).toBe(true);
		const boxes = await page
			.locator('h1, .article-body > p')
			.evaluateAll((elements) =>
				elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
			);
		expect(boxes.length).toBe(12);
		for (let index = 1; index < boxes.length; index += 1) {
			const previous = boxes[index - 1];
			const current = boxes[index];
			expect(current && previous && current.top >= previous.bottom).toBe(true);
		}
	});
});
