import { describe, expect, it } from 'vitest';
import { GAP_NOTICE, isSafeLink, leadSentence, renderMarkdown } from '../../src/lib/markdown';

describe('renderMarkdown: Chinese text', () => {
	it('emphasises a phrase in Chinese quotes between Chinese characters', () => {
		expect(renderMarkdown('全区已建成**“十五分钟生活圈”**示范点')).toBe(
			'<p>全区已建成<strong>“十五分钟生活圈”</strong>示范点</p>\n',
		);
	});

	it('emphasises a phrase ending in a full stop before more Chinese text', () => {
		expect(renderMarkdown('**会议强调。**要进一步')).toBe(
			'<p><strong>会议强调。</strong>要进一步</p>\n',
		);
	});

	it('leaves no space at a soft break between Chinese characters', () => {
		expect(renderMarkdown('渝中区南纪门\n地区')).toBe('<p>渝中区南纪门地区</p>\n');
	});

	it('leaves no space at a soft break before a Chinese quotation mark', () => {
		expect(renderMarkdown('坚持\n“留改拆增升”并举')).toBe('<p>坚持“留改拆增升”并举</p>\n');
	});

	it('keeps the soft break between two English words', () => {
		expect(renderMarkdown('Central\nBusiness')).toBe('<p>Central\nBusiness</p>\n');
	});

	it('drops full-width spaces that open a paragraph, so only CSS indents it', () => {
		expect(renderMarkdown('\u3000\u3000本报讯日前')).toBe('<p>本报讯日前</p>\n');
	});

	it('keeps a full-width space inside a paragraph', () => {
		expect(renderMarkdown('创先争优\u3000看渝中')).toBe('<p>创先争优\u3000看渝中</p>\n');
	});

	it('renders the gap mark as a visible notice left out of the search index', () => {
		expect(renderMarkdown('深耕[[缺文]]环促落地')).toBe(
			`<p>深耕<span class="text-gap">${GAP_NOTICE}</span>环促落地</p>\n`,
		);
	});

	it('sets a closing paragraph that repeats the byline as a byline', () => {
		const html = renderMarkdown('正文。\n\n记者 晏艳辉', { byline: '记者  晏艳辉' });
		expect(html).toBe('<p>正文。</p>\n<p class="byline-closing">记者 晏艳辉</p>\n');
	});

	it('renders a sub-heading as h2', () => {
		expect(renderMarkdown('## 智能研判 分类施策')).toBe('<h2>智能研判 分类施策</h2>\n');
	});
});

describe('renderMarkdown: hostile input', () => {
	it('shows a pasted script tag as text', () => {
		expect(renderMarkdown('<script>alert(1)</script>')).toBe(
			'<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
		);
	});

	it('shows an image with an event attribute as text', () => {
		expect(renderMarkdown('<img src=x onerror=alert(1)>')).toBe(
			'<p>&lt;img src=x onerror=alert(1)&gt;</p>\n',
		);
	});

	it('refuses javascript: links in any case, keeping the text', () => {
		expect(renderMarkdown('[点我](JaVaScRiPt:alert(1))')).toBe(
			'<p>[点我](JaVaScRiPt:alert(1))</p>\n',
		);
	});

	it('refuses an entity-encoded javascript: link', () => {
		expect(renderMarkdown('[点我](javascript&#58;alert(1))')).toBe(
			'<p>[点我](javascript:alert(1))</p>\n',
		);
	});

	it('refuses data: links, even for images', () => {
		expect(renderMarkdown('[a](data:text/html,x) ![b](data:image/png;base64,AA)')).toBe(
			'<p>[a](data:text/html,x) ![b](data:image/png;base64,AA)</p>\n',
		);
	});

	it('keeps an ordinary link', () => {
		expect(renderMarkdown('[往期](/2026-01-07/)')).toBe('<p><a href="/2026-01-07/">往期</a></p>\n');
	});
});

describe('isSafeLink', () => {
	it('refuses schemes hidden by control characters and spaces', () => {
		expect(isSafeLink('java\tscript:alert(1)')).toBe(false);
		expect(isSafeLink(' \u0001javascript:alert(1)')).toBe(false);
		expect(isSafeLink('VBSCRIPT:x')).toBe(false);
	});

	it('accepts web and relative links', () => {
		expect(isSafeLink('https://example.org/a')).toBe(true);
		expect(isSafeLink('/2026-01-08/')).toBe(true);
	});
});

describe('renderMarkdown: a jump to another 版', () => {
	it('turns the jump mark into a quiet note of where the text goes on', () => {
		expect(renderMarkdown('开工。\n\n[[转版]]\n\n完工。', { jumpNotice: '（下转第3版）' })).toBe(
			'<p>开工。</p>\n<p class="page-jump">（下转第3版）</p>\n<p>完工。</p>\n',
		);
	});

	it('leaves the mark as text when the article names no 版 to jump to', () => {
		expect(renderMarkdown('[[转版]]')).toBe('<p>[[转版]]</p>\n');
	});
});

describe('leadSentence', () => {
	it('takes the first sentence of the first paragraph, without markup', () => {
		expect(leadSentence('## 小标题\n\n本报讯（记者 张 三）**日前**，会议召开。会议强调……')).toBe(
			'本报讯（记者 张 三）日前，会议召开。',
		);
	});

	it('takes the whole paragraph when it has no full stop', () => {
		expect(leadSentence('区委、区人大常委会、区政府办公室主任')).toBe(
			'区委、区人大常委会、区政府办公室主任',
		);
	});

	it('leaves out the gap notice', () => {
		expect(leadSentence('深耕[[缺文]]环促落地。')).toBe('深耕环促落地。');
	});
});

describe('renderMarkdown: under a base path', () => {
	it('puts links written from the root under the base, and leaves others alone', () => {
		expect(
			renderMarkdown('[往期](/2026-01-07/) [外](https://example.org/) [相](x/)', { base: '/yzb/' }),
		).toBe(
			'<p><a href="/yzb/2026-01-07/">往期</a> <a href="https://example.org/">外</a> <a href="x/">相</a></p>\n',
		);
	});
});
