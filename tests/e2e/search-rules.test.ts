import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/session';
import { searchHeadlines } from '../support/search-page';
import { truthArticles } from '../support/search-truth';

const session = useBrowserSession();

const search = (query: string) => searchHeadlines(session.page, session.site.origin, query);

const KAIMEN = '“开门三评”集民智 党建联席会助发展';
const DENGJI = '我区召开专题调度会 聚力攻坚不动产“登记难”';
const FANXIANG = '乘势而上 真抓实干 奋力实现“十五五”良好开局';
const JIAOYU = '渝中获评全国义务教育优质均衡发展区';
const DANGJIAN = '“智慧党建”精准发力 “数字赋效”固本强基';
const HUIYI = '区委经济工作会议召开';
const HEZUO = '坚持合作共赢，敞开胸怀拥抱世界';

describe('search normalises the text and the query alike', () => {
	it('finds 刘侃 where print padded the name, 刘 侃', async () => {
		expect((await search('刘侃')).sort()).toEqual([KAIMEN, DENGJI, FANXIANG, JIAOYU].sort());
	});

	it('ignores the quotation marks the reader left out', async () => {
		expect(await search('开门三评集民智')).toEqual([KAIMEN]);
	});

	it('reads full-width ＣＢＤ and lower-case cbd as CBD', async () => {
		expect(await search('ＣＢＤ婚登中心')).toEqual([FANXIANG]);
		expect(await search('cbd')).toEqual([FANXIANG]);
	});

	it('reads traditional characters as simplified', async () => {
		expect(await search('渝中區南紀門')).toEqual([KAIMEN]);
	});
});

describe('search reads each character alike wherever it stands', () => {
	it('reads the 乾 of 乾坤 as a lone 乾 is read, as 干', async () => {
		expect((await search('乾')).sort()).toEqual([HEZUO, FANXIANG, DANGJIAN].sort());
		expect(await search('盈、乾')).toEqual([HEZUO]);
		expect(await search('乾坤朗朗')).toEqual([HEZUO]);
	});

	it('marks the 乾 of 乾坤 on the article page', async () => {
		await session.page.goto(`${session.site.origin}/2026-01-08/hezuo-gongying/?highlight=乾`);
		await session.page.waitForSelector('article mark.search-highlight');
		const marks = await session.page.locator('article mark.search-highlight').allTextContents();
		expect(new Set(marks)).toEqual(new Set(['乾']));
	});
});

describe('a long pasted passage', () => {
	it('is searched whole, and the article is asked to mark its first 200 characters', async () => {
		const body = truthArticles()
			.find((article) => article.headline === FANXIANG)
			?.fields.at(-1);
		const passage = [...(body ?? '')].slice(0, 300).join('');
		expect([...passage]).toHaveLength(300);
		expect(await search(passage)).toEqual([FANXIANG]);
		const href = await session.page.locator('#search-results li h2 a').first().getAttribute('href');
		const highlight = new URL(href ?? '', session.site.origin).searchParams.get('highlight');
		expect(highlight).toBe([...passage].slice(0, 200).join(''));
		for (const box of await session.page.locator('input[name="q"]').all()) {
			expect(await box.getAttribute('maxlength')).toBe('200');
		}
	});
});

describe('search with several terms', () => {
	it('finds the articles containing all of them', async () => {
		expect(await search('渝中 虎头岩')).toEqual([DANGJIAN]);
		expect(await search('刘侃 登记难')).toEqual([DENGJI]);
		expect(await search('虎头岩 登记难')).toEqual([]);
	});
});

describe('search ranking and messages', () => {
	it('puts the article with 渝中 in its headline first', async () => {
		const found = await search('渝中');
		expect(found[0]).toBe(JIAOYU);
		expect(found.length).toBe(4);
		expect(await session.page.getByRole('status').textContent()).toBe(
			'含有「渝中」的文章共 4 篇。',
		);
	});

	it('ranks by relevance: 社区 ten times, twice in a short article, once in a long one', async () => {
		expect(await search('社区')).toEqual([DANGJIAN, KAIMEN, FANXIANG]);
	});

	it('puts a long query found in a headline first, then where the body has it', async () => {
		expect(await search('区委经济工作会议')).toEqual([HUIYI, FANXIANG]);
		expect(await search('区委经济工作会议 乘势而上')).toEqual([FANXIANG]);
	});

	it('says plainly when nothing contains the query, whatever it holds', async () => {
		expect(await search('不存在的词')).toEqual([]);
		expect(await session.page.getByRole('status').textContent()).toBe(
			'没有找到含有「不存在的词」的文章。',
		);
		expect(await search('$& {count}')).toEqual([]);
		expect(await session.page.getByRole('status').textContent()).toBe(
			'没有找到含有「$& {count}」的文章。',
		);
	});

	it('shows each result with its date, 版 and a marked excerpt', async () => {
		await search('南纪门');
		const item = session.page.locator('#search-results li').first();
		expect(await item.locator('.search-result-where').textContent()).toBe(
			'2026年1月8日 星期四 第2版',
		);
		expect(await item.locator('.search-result-excerpt mark').allTextContents()).toEqual(['南纪门']);
	});
});
