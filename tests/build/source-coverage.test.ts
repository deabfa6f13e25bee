import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage, sourcePath } from '../support/site';

const SLUGS = [
	'kaimen-sanping',
	'budongchan-dengji',
	'hezuo-gongying',
	'jingji-huiyi-fanxiang-1',
	'yiwu-jiaoyu-junheng',
	'quwei-jingji-gongzuo-huiyi',
	'zhihui-dangjian',
];

/** The one edit the text receives: the district's own documents write 一页. */
const CORRECTIONS: [string, string][] = [['一頁', '一页']];

/** The printed continuation marks, which the site shows as its own notes. */
const CONTINUATION_MARK = '（上接1版）';

const sourceLines = readFileSync(sourcePath, 'utf8')
	.split('\n')
	.map((line) => CORRECTIONS.reduce((text, [from, to]) => text.replace(from, to), line.trim()))
	.map((line) => line.replace(CONTINUATION_MARK, ''))
	.filter((line) => line !== '');

/** Each article page's printed text: rubric, headline, subtitle and body, gap notice removed. */
function pageText(slug: string): { heading: string[]; paragraphs: string[] } {
	const $ = loadPage(`/2026-01-08/${slug}/`);
	$('article .text-gap').remove();
	const heading = ['h1', '.article-kicker', '.article-subtitle', '.article-rubric-name'].map(
		(selector) => $(`article header ${selector}`).text(),
	);
	const paragraphs = $('article .article-body')
		.children('p, h2')
		.toArray()
		.map((block) => $(block).text());
	return { heading: heading.filter(Boolean), paragraphs };
}

const pages = new Map(SLUGS.map((slug) => [slug, pageText(slug)]));

/** Whether `text` is made only of whole source lines, one after another. */
function isMadeOfSourceLines(text: string): boolean {
	if (text === '') return true;
	return sourceLines.some(
		(line) => text.startsWith(line) && isMadeOfSourceLines(text.slice(line.length)),
	);
}

describe('the text of the printed page', () => {
	it('appears in exactly one article, every line of it', () => {
		const homeless = sourceLines.filter((line) => {
			const pageList = [...pages.values()];
			const headedBy = pageList.filter((page) => page.heading.includes(line));
			const holders =
				headedBy.length > 0
					? headedBy
					: pageList.filter((page) => page.paragraphs.some((block) => block.includes(line)));
			return holders.length !== 1;
		});
		expect(homeless).toEqual([]);
	});

	it('is all the articles say: every paragraph is made of whole source lines', () => {
		const added = [...pages.values()]
			.flatMap((page) => [...page.heading, ...page.paragraphs])
			.filter((block) => !isMadeOfSourceLines(block));
		expect(added).toEqual([]);
	});

	it('is read as 一页, never 一頁', () => {
		const text = pages.get('jingji-huiyi-fanxiang-1')?.paragraphs.join('') ?? '';
		expect(text).toContain('渝中精彩一页的突破之年');
		expect(text).not.toContain('一頁');
	});
});
