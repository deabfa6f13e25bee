import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSite } from '../support/crawl';
import { REAL_HEADLINES } from '../support/real-edition';
import { loadFixturePage } from '../support/fixture-pages';
import { distDir, loadPage } from '../support/site';
import { yzbDir } from '../support/yzb-site';

const SITE = 'https://www.yuzhongbao.example';
const realPages = [...readSite(distDir).links.keys()].filter((path) => path.endsWith('/'));
const xml = new XMLParser({ ignoreAttributes: false });

/** A built XML file of `root`, checked to be well-formed, then parsed. */
function readXml(root: string, file: string): Record<string, unknown> {
	const text = readFileSync(`${root}${file}`, 'utf8');
	expect(SyntaxValidator.validate(text)).toBe(true);
	return xml.parse(text) as Record<string, unknown>;
}

/** The JSON-LD of a page, parsed. */
function jsonLdOf(path: string): Record<string, unknown> {
	const text = loadPage(path)('script[type="application/ld+json"]').text();
	return JSON.parse(text) as Record<string, unknown>;
}

describe('metadata on every page', () => {
	it.each(realPages)('%s names its canonical address and links the feed', (path) => {
		const $ = loadPage(path);
		expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${path}`);
		expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
		expect($('meta[property="og:site_name"]').attr('content')).toBe('渝中报');
	});
});

describe('an article page', () => {
	const path = '/2026-01-08/jingji-huiyi-fanxiang-1/';

	it('describes itself as a NewsArticle matching the page', () => {
		const $ = loadPage(path);
		expect(jsonLdOf(path)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: $('h1').text(),
			alternativeHeadline: '区委经济工作会议精神引发热烈反响①',
			description: $('meta[name="description"]').attr('content'),
			url: `${SITE}${path}`,
			mainEntityOfPage: `${SITE}${path}`,
			inLanguage: 'zh-CN',
			datePublished: '2026-01-08T00:00:00+08:00',
			author: ['刘侃', '黄清娟', '廖松', '袁侨德', '姚廷洋', '晏艳辉'].map((name) => ({
				'@type': 'Person',
				name,
				url: expect.stringMatching(
					/^https:\/\/www\.yuzhongbao\.example\/reporters\/[a-z-]+\/$/u,
				) as string,
			})),
			publisher: { '@type': 'NewsMediaOrganization', name: '渝中报', url: `${SITE}/` },
			printEdition: '2026-01-08',
			printPage: '2',
			isPartOf: {
				'@type': 'CreativeWorkSeries',
				name: '区委经济工作会议精神引发热烈反响',
				url: `${SITE}/series/qu-wei-jing-ji-gong-zuo-hui-yi-jing-shen-yin-fa-re-lie-fan-xiang/`,
			},
		});
	});

	it('carries OpenGraph and Twitter card tags, its description the first sentence', () => {
		const $ = loadPage(path);
		const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
		expect(meta('og:type')).toBe('article');
		expect(meta('og:title')).toBe('乘势而上 真抓实干 奋力实现“十五五”良好开局');
		expect(meta('og:description')).toBe(
			'1月7日，区委经济工作会议召开，总结2025年经济工作，分析当前经济形势，部署2026年经济工作，向全区发出了推进“十五五”规划开好局、起好步的动员令。',
		);
		expect(meta('article:published_time')).toBe('2026-01-08T00:00:00+08:00');
		expect(meta('twitter:card')).toBe('summary');
	});

	it('the home page offers the search as a SearchAction', () => {
		expect(jsonLdOf('/')).toMatchObject({
			'@type': 'WebSite',
			potentialAction: {
				'@type': 'SearchAction',
				target: { urlTemplate: `${SITE}/search/?q={search_term_string}` },
			},
		});
	});
});

describe('the feed', () => {
	it('is RSS 2.0 carrying all seven articles of the real edition with their full text', () => {
		const feed = readXml(distDir, 'rss.xml') as {
			rss: {
				'@_version': string;
				channel: { item: { title: string; link: string; 'content:encoded': string }[] };
			};
		};
		expect(feed.rss['@_version']).toBe('2.0');
		const items = feed.rss.channel.item;
		expect(items.map((item) => item.title)).toEqual(REAL_HEADLINES);
		expect(items[0]?.link).toBe(`${SITE}/2026-01-08/kaimen-sanping/`);
		expect(items[6]?.['content:encoded']).toContain(
			'有力推动基层党建从传统经验型向现代数据驱动型转型。',
		);
	});
});

describe('the sitemap and robots.txt', () => {
	it('lists every page but the 404 page', () => {
		const index = readXml(distDir, 'sitemap-index.xml') as {
			sitemapindex: { sitemap: { loc: string } };
		};
		expect(index.sitemapindex.sitemap.loc).toBe(`${SITE}/sitemap-0.xml`);
		const sitemap = readXml(distDir, 'sitemap-0.xml') as { urlset: { url: { loc: string }[] } };
		const listed = sitemap.urlset.url.map((url) => url.loc.slice(SITE.length)).sort();
		expect(listed).toEqual([...realPages].sort());
	});

	it('names the sitemap in robots.txt', () => {
		expect(readFileSync(`${distDir}robots.txt`, 'utf8')).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
		);
	});
});

describe('the footer', () => {
	it('shows only what the site configuration holds: the real site, only its name', () => {
		expect(loadPage('/')('footer').text().replace(/\s+/gu, '')).toBe('渝中报');
	});

	it('shows publisher, address, registration numbers and notices once configured', () => {
		const footer = loadFixturePage('/')('footer');
		expect(
			footer
				.find('li')
				.toArray()
				.map((item) => footer.find(item).text()),
		).toEqual([
			'主办：测试主办单位',
			'地址：测试地址 1 号',
			'ICP备案号：测ICP备00000000号',
			'互联网新闻信息服务许可证：测试许可证 00000',
		]);
		expect(footer.text()).toContain('版权所有 © 测试报社');
		expect(footer.text()).toContain('未经许可不得转载');
		expect(footer.text()).not.toContain('公安备案号');
	});
});

describe('the site built under /yzb/', () => {
	const site = readSite(yzbDir, '/yzb/');

	it('has no broken link or asset', () => {
		expect(site.broken).toEqual([]);
	});

	it('never links outside /yzb/', () => {
		const outside = [...site.links].flatMap(([from, targets]) =>
			targets
				.filter((target) => !target.startsWith('/yzb/'))
				.map((target) => `${from} → ${target}`),
		);
		expect(outside).toEqual([]);
	});

	it('puts links editors wrote from the root under /yzb/', () => {
		const html = readFileSync(`${yzbDir}2026-01-08/huiyi-zhaokai/index.html`, 'utf8');
		expect(html).toContain('<a href="/yzb/2026-01-07/">往期</a>');
		expect(html).toContain('<a href="/yzb/2026-01-07/jiaotong-gaizao/">本报报道</a>');
	});

	it('writes its feed and sitemap with /yzb/ addresses', () => {
		const feed = readXml(yzbDir, 'rss.xml') as {
			rss: { channel: { link: string; item: { link: string }[] } };
		};
		expect(feed.rss.channel.link).toBe(`${SITE}/yzb/`);
		expect(feed.rss.channel.item.every((item) => item.link.startsWith(`${SITE}/yzb/`))).toBe(true);
		const sitemap = readXml(yzbDir, 'sitemap-0.xml') as { urlset: { url: { loc: string }[] } };
		expect(sitemap.urlset.url.every((url) => url.loc.startsWith(`${SITE}/yzb/`))).toBe(true);
		expect(readFileSync(`${yzbDir}robots.txt`, 'utf8')).toContain(
			`Sitemap: ${SITE}/yzb/sitemap-index.xml`,
		);
	});
});

describe('cache hints', () => {
	it('cache hashed assets and index chunks for a year, and pages briefly', () => {
		const headers = readFileSync(`${distDir}_headers`, 'utf8');
		for (const folder of ['/_astro/*', '/pagefind/:part/index/*', '/pagefind/:part/fragment/*']) {
			expect(headers).toContain(`${folder}\n  Cache-Control: public, max-age=31536000, immutable`);
		}
		expect(headers).toContain('/*\n  Cache-Control: public, max-age=300');
	});
});
