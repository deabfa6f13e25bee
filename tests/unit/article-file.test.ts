import { describe, expect, it } from 'vitest';
import { findDuplicateUrls, readArticle, slugFromFile } from '../../src/lib/article-file';
import { formatContentIssue } from '../../src/lib/content-issue';
import { articleSchema } from '../../src/schemas/article';

const FILE = 'content/articles/2026-01-08/x.md';

/** The messages of reading `text` as FILE, or the article when it is valid. */
function messages(text: string): string[] {
	const reading = readArticle(FILE, text);
	return reading.ok ? [] : reading.issues.map(formatContentIssue);
}

describe('readArticle', () => {
	it('reads a valid article with its id from the date and the file name', () => {
		const reading = readArticle(FILE, '---\ntitle: 标题\ndate: 2026-01-08\npage: 2\n---\n正文。\n');
		expect(reading).toEqual({
			ok: true,
			article: {
				id: '2026-01-08/x',
				slug: 'x',
				file: FILE,
				data: {
					title: '标题',
					date: '2026-01-08',
					page: 2,
					incomplete: false,
					photos: [],
					draft: false,
					corrections: [],
					formerPaths: [],
				},
				body: '正文。\n',
			},
		});
	});

	it('names the file, the line and the field of a page that is not a number', () => {
		expect(messages('---\ntitle: 标题\ndate: 2026-01-08\npage: 第二版\n---\n正文\n')).toEqual([
			`${FILE} 第4行: page（版次）「第二版」应为正整数（如 2）`,
		]);
	});

	it('reports every problem of a file together', () => {
		expect(messages('---\ndate: 2025-02-29\npage: 0\n---\n正文\n')).toEqual([
			`${FILE}: 缺少必填字段 title（标题）`,
			`${FILE} 第2行: date（日期）「2025-02-29」应为实际存在的日期，写作 YYYY-MM-DD（如 2026-01-08）`,
			`${FILE} 第3行: page（版次）「0」应为正整数（如 2）`,
		]);
	});

	it('refuses an unknown field', () => {
		expect(
			messages('---\ntitle: 标\ndate: 2026-01-08\npage: 2\nbylne: 记者 甲\n---\n正文\n'),
		).toEqual([`${FILE} 第5行: 未知字段 bylne，是否应为 byline？`]);
	});

	it('refuses an empty body', () => {
		expect(messages('---\ntitle: 标题\ndate: 2026-01-08\npage: 2\n---\n\n')).toEqual([
			`${FILE}: 正文为空：前置信息之后应写文章正文`,
		]);
	});

	it('gives the line of YAML that does not parse and advises quoting', () => {
		expect(messages('---\ntitle: "区政府通知\ndate: 2026-01-08\npage: 2\n---\n正文\n')).toEqual([
			`${FILE} 第2行: 前置信息格式有误，无法读取：值中含有冒号、引号或 # 时，请把整个值用英文双引号括起来`,
		]);
	});

	it('points at a field typed with the Chinese colon', () => {
		expect(messages('---\ntitle: 标题\ndate: 2026-01-08\npage：2\n---\n正文\n')).toEqual([
			`${FILE} 第4行: 字段 page 后面是中文冒号「：」：请改为英文冒号「:」，冒号后空一格`,
		]);
		expect(messages('---\ntitle：标题\n---\n正文\n')).toEqual([
			`${FILE} 第2行: 字段 title 后面是中文冒号「：」：请改为英文冒号「:」，冒号后空一格`,
		]);
	});

	it('names the Chinese colon before a later half-width one, and not in a value’s text', () => {
		expect(messages('---\ntitle：区委: 会议\ndate: 2026-01-08\npage: 2\n---\n正文\n')).toEqual([
			`${FILE} 第2行: 字段 title 后面是中文冒号「：」：请改为英文冒号「:」，冒号后空一格`,
		]);
		expect(
			messages(
				'---\ntitle: 标题\nsubtitle: |\n  备注：第二行\n  note：第三行\ndate: 2026-01-08\npage：2\n---\n正文\n',
			),
		).toEqual([`${FILE} 第7行: 字段 page 后面是中文冒号「：」：请改为英文冒号「:」，冒号后空一格`]);
	});

	it('points at a field indented with a tab', () => {
		expect(messages('---\ntitle: 标题\n\tpage: 2\ndate: 2026-01-08\n---\n正文\n')).toEqual([
			`${FILE} 第3行: 行首有 Tab 缩进：字段名应顶格书写，请删去行首的 Tab`,
		]);
	});

	it('keeps a Chinese colon inside a value', () => {
		expect(messages('---\ntitle: 区委：会议召开\ndate: 2026-01-08\npage: 2\n---\n正文\n')).toEqual(
			[],
		);
	});

	it('requires incomplete: true when the body marks a gap', () => {
		expect(
			messages('---\ntitle: 标题\ndate: 2026-01-08\npage: 2\n---\n深耕[[缺文]]环促\n'),
		).toEqual([`${FILE}: 正文用 [[缺文]] 标出了缺失的文字，前置信息中应写 incomplete: true`]);
	});

	it('refuses a file name that cannot be a URL', () => {
		const reading = readArticle(
			'content/articles/会议.md',
			'---\ntitle: 标题\ndate: 2026-01-08\npage: 2\n---\n正文\n',
		);
		expect(reading.ok).toBe(false);
		expect(reading.ok ? '' : reading.issues[0]?.message).toContain('文件名「会议」不能用作网址');
	});
});

describe('slugFromFile', () => {
	it('takes the file name without its folder or extension', () => {
		expect(slugFromFile('content/articles/2026-01-08/kaimen-sanping.md')).toBe('kaimen-sanping');
	});
});

describe('findDuplicateUrls', () => {
	it('names both files that would share a URL', () => {
		const data = articleSchema.parse({ title: '甲', date: '2026-01-08', page: 2 });
		const a = { id: '2026-01-08/x', slug: 'x', file: 'content/articles/a/x.md', data, body: '' };
		const b = { ...a, file: 'content/articles/b/x.md' };
		expect(findDuplicateUrls([a, b]).map(formatContentIssue)).toEqual([
			'content/articles/b/x.md: 与 content/articles/a/x.md 的网址相同（/2026-01-08/x/）：同一天的文章文件名不能重复',
		]);
	});
});

describe('readArticle: jumps to another 版', () => {
	const head = '---\ntitle: 标题\ndate: 2026-01-08\npage: 1\n';

	it('reads an article continued on another 版 with its jump mark', () => {
		const reading = readArticle(FILE, `${head}continuedTo: 3\n---\n甲。\n\n[[转版]]\n\n乙。\n`);
		expect(reading.ok).toBe(true);
	});

	it('requires the jump mark when continuedTo is set', () => {
		expect(messages(`${head}continuedTo: 3\n---\n甲。\n`)).toEqual([
			`${FILE}: continuedTo（下转版次）为 3，正文中应有且只有一行 [[转版]]，标出转版的位置`,
		]);
	});

	it('requires continuedTo when the body has a jump mark', () => {
		expect(messages(`${head}---\n甲。\n\n[[转版]]\n\n乙。\n`)).toEqual([
			`${FILE}: 正文用 [[转版]] 标出了转版，前置信息中应写 continuedTo（转到第几版）`,
		]);
	});

	it('refuses a jump to the article’s own 版', () => {
		expect(messages(`${head}continuedFrom: 1\n---\n甲。\n`)).toEqual([
			`${FILE}: continuedFrom「1」与 page 相同：转版应转到另一版`,
		]);
	});
});

describe('readArticle: the date folder', () => {
	it('refuses a date that differs from the folder the file is in', () => {
		expect(messages('---\ntitle: 标题\ndate: 2026-01-10\npage: 2\n---\n正文\n')).toEqual([
			`${FILE} 第3行: date「2026-01-10」与所在文件夹 2026-01-08 不一致：请改正日期，或把文件移到 2026-01-10 文件夹`,
		]);
	});
});

describe('readArticle: photos', () => {
	const head = '---\ntitle: 标题\ndate: 2026-01-08\npage: 2\n';

	it('refuses a photo without alt text, naming which photo', () => {
		expect(
			messages(`${head}photos:\n  - src: a.jpg\n    alt: 施工现场\n  - src: b.jpg\n---\n正文\n`),
		).toEqual([
			`${FILE} 第5行: photos（图片） 第2项缺少 alt：应为列表，每张图片写 src（图片文件）和 alt（图片内容的文字说明，必填），可写 caption 和 credit`,
		]);
	});
});
