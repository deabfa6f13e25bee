import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../support/fixture-site';
import { loadFixturePage, relLink } from '../support/fixture-pages';

const EDITIONS = {
	'2025-12-30': ['dongji-anquan', 'jiedao-huodong', 'shequ-fuwu'],
	'2026-01-07': ['jiaotong-gaizao', 'xilie-shang', 'wenhua-zhou', 'tiyu-saishi'],
	'2026-01-08': ['huiyi-zhaokai', 'xilie-xia', 'shangjie-xuwen', 'wuxu-wenzhang'],
};

const articleNav = 'nav[aria-label="上一篇和下一篇"]';
const hrefs = (path: string, selector: string) => {
	const $ = loadFixturePage(path);
	return $(selector)
		.toArray()
		.map((element) => $(element).attr('href'));
};

describe('上一篇 and 下一篇', () => {
	it.each(Object.entries(EDITIONS))('walk the edition of %s in print order', (date, slugs) => {
		slugs.forEach((slug, index) => {
			const $ = loadFixturePage(`/${date}/${slug}/`);
			const previous = slugs[index - 1];
			const next = slugs[index + 1];
			expect(relLink($, articleNav, 'prev')).toBe(previous && `/${date}/${previous}/`);
			expect(relLink($, articleNav, 'next')).toBe(next && `/${date}/${next}/`);
		});
	});
});

describe('a 版 page', () => {
	it('lists its articles in print order, then continuations from other 版', () => {
		const $ = loadFixturePage('/2026-01-07/page-3/');
		const entries = $('main ul li article h2')
			.toArray()
			.map((heading) => $(heading).text().replace(/\s+/gu, ' ').trim());
		expect(entries).toEqual(['社区篮球赛收官', '老街交通改造开工 接第1版']);
	});

	it('links to the previous and next 版 of the day, and to every 版', () => {
		const nav = 'nav[aria-label="上一版和下一版"]';
		const first = loadFixturePage('/2026-01-07/page-1/');
		expect(relLink(first, nav, 'prev')).toBeUndefined();
		expect(relLink(first, nav, 'next')).toBe('/2026-01-07/page-2/');
		const middle = loadFixturePage('/2026-01-07/page-2/');
		expect(relLink(middle, nav, 'prev')).toBe('/2026-01-07/page-1/');
		expect(relLink(middle, nav, 'next')).toBe('/2026-01-07/page-3/');
		expect(relLink(loadFixturePage('/2026-01-07/page-3/'), nav, 'next')).toBeUndefined();
		expect(hrefs('/2026-01-07/page-2/', 'nav[aria-label="版面导航"] a')).toEqual([
			'/2026-01-07/page-1/',
			'/2026-01-07/page-2/',
			'/2026-01-07/page-3/',
		]);
		expect(middle('nav[aria-label="版面导航"] a[aria-current="page"]').text()).toBe('第2版 综合');
	});

	it('names its editor when the edition data gives one', () => {
		expect(loadFixturePage('/2026-01-07/page-1/')('main').text()).toContain('责任编辑 编辑甲');
	});
});

describe('an edition page', () => {
	it('links to the editions before and after it', () => {
		const nav = 'nav[aria-label="上一期和下一期"]';
		const middle = loadFixturePage('/2026-01-07/');
		expect(relLink(middle, nav, 'prev')).toBe('/2025-12-30/');
		expect(relLink(middle, nav, 'next')).toBe('/2026-01-08/');
		expect(relLink(loadFixturePage('/2025-12-30/'), nav, 'prev')).toBeUndefined();
		expect(relLink(loadFixturePage('/2026-01-08/'), nav, 'next')).toBeUndefined();
	});

	it('shows each article with its kicker, byline and first sentence', () => {
		const $ = loadFixturePage('/2026-01-07/');
		const first = $('main .edition-pages article').first();
		expect(first.find('p').first().text()).toBe('城市更新');
		expect(first.find('.byline').text()).toBe('记者 张三 王五');
		expect(first.find('.lead').text()).toBe('本报讯（记者 张 三 王五）老街交通改造工程昨日开工。');
	});

	it('is the home page for the latest edition', () => {
		expect(loadFixturePage('/')('h1 time').attr('datetime')).toBe('2026-01-08');
	});
});

describe('an article printed on two 版', () => {
	it('is one page with both parts and a quiet mark where it jumped', () => {
		const $ = loadFixturePage('/2026-01-07/jiaotong-gaizao/');
		const blocks = $('.article-body')
			.children(':not(figure)')
			.toArray()
			.map((block) => $(block).text());
		expect(blocks).toEqual([
			'本报讯（记者 张 三 王五）老街交通改造工程昨日开工。',
			'（下转3版）',
			'工程预计明年完工，施工期间请绕行。',
		]);
		expect($('.article-body .page-jump').length).toBe(1);
	});

	it('is listed on both 版 with 转 and 接, both linking to the same page', () => {
		const link = (path: string) =>
			loadFixturePage(path)('main h2 a[href="/2026-01-07/jiaotong-gaizao/"]').parent().text();
		expect(link('/2026-01-07/page-1/')).toContain('转第3版');
		expect(link('/2026-01-07/page-3/')).toContain('接第1版');
	});
});

describe('a continuation whose first part is not in the archive', () => {
	it('says so where the text begins and links to no page that does not exist', () => {
		const $ = loadFixturePage('/2026-01-08/shangjie-xuwen/');
		expect($('.continuation-note').first().text()).toBe(
			'（上接9版）本文前半部分刊于第9版，该版未收入本站。',
		);
		expect($('a[href*="page-9"]').length).toBe(0);
	});
});

describe('series, rubric and reporter pages', () => {
	it('list a series in order, and each part links to the others', () => {
		expect(hrefs('/series/lao-cheng-xin-mao/', 'main ul h2 a')).toEqual([
			'/2026-01-07/xilie-shang/',
			'/2026-01-08/xilie-xia/',
		]);
		const seriesNav = '.series-nav';
		const first = loadFixturePage('/2026-01-07/xilie-shang/');
		expect(relLink(first, seriesNav, 'prev')).toBeUndefined();
		expect(relLink(first, seriesNav, 'next')).toBe('/2026-01-08/xilie-xia/');
		const second = loadFixturePage('/2026-01-08/xilie-xia/');
		expect(relLink(second, seriesNav, 'prev')).toBe('/2026-01-07/xilie-shang/');
		expect(second(`${seriesNav} a[href="/series/lao-cheng-xin-mao/"]`).text()).toBe('全部 2 篇');
	});

	it('list a rubric newest first, reached from its articles', () => {
		expect(hrefs('/rubrics/ping-an-yu-zhong/', 'main ul h2 a')).toEqual([
			'/2026-01-07/wenhua-zhou/',
			'/2025-12-30/dongji-anquan/',
		]);
		expect(hrefs('/2026-01-07/wenhua-zhou/', 'article header .article-rubric a')).toEqual([
			'/rubrics/ping-an-yu-zhong/',
		]);
	});

	it('page a reporter across editions, newest first, from every byline name', () => {
		expect(hrefs('/reporters/zhang-san/', 'main ul h2 a')).toEqual([
			'/2026-01-08/huiyi-zhaokai/',
			'/2026-01-07/jiaotong-gaizao/',
		]);
		expect(hrefs('/reporters/zhang-san/2/', 'main ul h2 a')).toEqual([
			'/2025-12-30/dongji-anquan/',
		]);
		const pager = 'nav[aria-label="分页"]';
		expect(relLink(loadFixturePage('/reporters/zhang-san/'), pager, 'next')).toBe(
			'/reporters/zhang-san/2/',
		);
		expect(relLink(loadFixturePage('/reporters/zhang-san/2/'), pager, 'prev')).toBe(
			'/reporters/zhang-san/',
		);
		expect(hrefs('/2026-01-07/jiaotong-gaizao/', 'article header a.byline-name')).toEqual([
			'/reporters/zhang-san/',
			'/reporters/wang-wu/',
		]);
	});
});

describe('the archive', () => {
	it('links exactly the days that have an edition, in each year’s calendars', () => {
		expect(hrefs('/archive/', 'table.month-calendar a')).toEqual(['/2026-01-07/', '/2026-01-08/']);
		expect(hrefs('/archive/2025/', 'table.month-calendar a')).toEqual(['/2025-12-30/']);
		expect(hrefs('/archive/2025/', 'table.month-calendar caption')).toEqual([undefined]);
		expect(loadFixturePage('/archive/2025/')('table.month-calendar caption').text()).toBe(
			'2025年12月',
		);
	});

	it('links every year of the archive', () => {
		expect(hrefs('/archive/', 'main nav a')).toEqual(['/archive/2026/', '/archive/2025/']);
	});
});

describe('an article with photos', () => {
	it('shows each through the image pipeline, sized, in modern formats, with alt text and caption', () => {
		const $ = loadFixturePage('/2026-01-07/jiaotong-gaizao/');
		const figures = $('.article-body figure.article-photo').toArray();
		expect(figures.length).toBe(2);
		const [first, second] = figures.map((figure) => $(figure));
		expect(
			first
				?.find('source')
				.toArray()
				.map((source) => $(source).attr('type')),
		).toEqual(['image/avif', 'image/webp']);
		const image = first?.find('img');
		expect(image?.attr('alt')).toBe('工人在老街路口铺设新的路面');
		expect(image?.attr('width')).toBe('1600');
		expect(image?.attr('height')).toBe('1000');
		expect(image?.attr('src')).toMatch(/^\/_astro\/laojie-shigong\..+\.jpg$/u);
		expect(first?.find('source').first().attr('srcset')).toMatch(/ 375w, .+ 750w, .+ 1200w$/u);
		expect(first?.find('figcaption').text()).toBe('老街交通改造工程开工现场（王五 摄）');
		expect(second?.find('img').attr('alt')).toBe('改造完成后老街的效果图，街道两侧种上了行道树');
		expect(second?.find('figcaption').text()).toBe('改造效果图');
	});
});

describe('drafts, corrections and moved articles', () => {
	it('leave a draft out of every page, the feed and the sitemap', () => {
		const everything = [
			...readdirSync(fixtureDir, { recursive: true })
				.map(String)
				.filter((file) => /\.(?:html|xml)$/u.test(file))
				.map((file) => readFileSync(`${fixtureDir}${file}`, 'utf8')),
		].join('\n');
		expect(everything).not.toContain('尚未发布的草稿');
		expect(everything).not.toContain('/2026-01-08/caogao/');
	});

	it('show a correction at the top of its article, with its date', () => {
		const $ = loadFixturePage('/2026-01-08/huiyi-zhaokai/');
		expect($('article aside.corrections').text()).toBe(
			'2026年1月9日更正：原文“昨日召开”应为“前日召开”。',
		);
		expect($('article aside.corrections').index()).toBeLessThan($('article .article-body').index());
	});

	it('forward a former address to the article, naming it as canonical', () => {
		const $ = loadFixturePage('/2026-01-08/quanhui/');
		expect($('link[rel="canonical"]').attr('href')).toBe(
			'https://www.yuzhongbao.example/2026-01-08/huiyi-zhaokai/',
		);
		expect($('meta[http-equiv="refresh"]').attr('content')).toBe(
			'0; url=/2026-01-08/huiyi-zhaokai/',
		);
		expect($('main a').attr('href')).toBe('/2026-01-08/huiyi-zhaokai/');
	});
});
