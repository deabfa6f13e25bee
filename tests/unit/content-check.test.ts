import { describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/lib/content-check';
import { formatContentIssue } from '../../src/lib/content-issue';

const DIR = 'content/articles/2026-01-08';

/** A file with the given front-matter lines and body. */
const file = (name: string, frontMatter: string, body = '正文。') => ({
	file: `${DIR}/${name}.md`,
	text: `---\n${frontMatter}\n---\n\n${body}\n`,
});

/** The errors of checking `files`, as an editor reads them. */
const errorsOf = (...files: { file: string; text: string }[]) =>
	checkArticles(files).issues.map(formatContentIssue);

const valid = 'title: 标题\ndate: 2026-01-08\npage: 2';

describe('what the check refuses, with its exact message', () => {
	it.each([
		['2026/3/5', 'date（日期）「2026/3/5」'],
		['2026年3月5日', 'date（日期）「2026年3月5日」'],
		['2026-01-08T10:00:00', 'date（日期）「2026-01-08T10:00:00」'],
		['2025-02-29', 'date（日期）「2025-02-29」'],
	])('a date written %s', (date, shown) => {
		expect(errorsOf(file('a', `title: 标题\ndate: ${date}\npage: 2`))).toEqual([
			`${DIR}/a.md 第3行: ${shown}应为实际存在的日期，写作 YYYY-MM-DD（如 2026-01-08）`,
		]);
	});

	it.each([
		['第二版', '「第二版」'],
		['0', '「0」'],
		['-1', '「-1」'],
		['2.5', '「2.5」'],
		['10:30', '「10:30」'],
	])('a page written %s', (page, shown) => {
		expect(errorsOf(file('a', `title: 标题\ndate: 2026-01-08\npage: ${page}`))).toEqual([
			`${DIR}/a.md 第4行: page（版次）${shown}应为正整数（如 2）`,
		]);
	});

	it('a page or a flag written in quotes, which YAML reads as text', () => {
		expect(
			errorsOf(file('a', 'title: 标题\ndate: 2026-01-08\npage: "2"\nincomplete: "true"')),
		).toEqual([
			`${DIR}/a.md 第4行: page（版次）「2」加了引号，被读成了文字：请去掉引号，如 page: 2`,
			`${DIR}/a.md 第5行: incomplete（缺文标记）「true」加了引号，被读成了文字：请去掉引号，如 incomplete: true`,
		]);
	});

	it('reads page 08 as 8, as the editor meant', () => {
		const { articles } = checkArticles([file('a', 'title: 标题\ndate: 2026-01-08\npage: 08')]);
		expect(articles[0]?.data.page).toBe(8);
	});

	it('a headline with an ASCII colon and space, unquoted, with the hint to quote it', () => {
		expect(errorsOf(file('a', 'title: 区政府通知: 本周六停水\ndate: 2026-01-08\npage: 2'))).toEqual(
			[
				`${DIR}/a.md 第2行: 前置信息格式有误，无法读取：值中含有冒号、引号或 # 时，请把整个值用英文双引号括起来`,
			],
		);
	});

	it('a misspelt field, suggesting the one meant', () => {
		expect(errorsOf(file('a', `${valid}\nbylne: 记者 甲`))).toEqual([
			`${DIR}/a.md 第5行: 未知字段 bylne，是否应为 byline？`,
		]);
	});

	it('two articles claiming the same part of a series', () => {
		const series = 'series: 老城新貌\npart: 1';
		expect(errorsOf(file('a', `${valid}\n${series}`), file('b', `${valid}\n${series}`))).toEqual([
			`${DIR}/b.md: 系列「老城新貌」第1篇已由 ${DIR}/a.md 占用：请改正 part`,
		]);
	});

	it('a former address another article uses', () => {
		expect(
			errorsOf(file('a', valid), file('b', `${valid}\nformerPaths:\n  - /2026-01-08/a/`)),
		).toEqual([
			`${DIR}/b.md: formerPaths（旧网址）「/2026-01-08/a/」正被 ${DIR}/a.md 使用：同一网址不能指向两篇文章`,
		]);
	});

	it('the placeholder body npm run new writes', () => {
		expect(errorsOf(file('a', valid, '（在此写正文，写好后删去本行）'))).toEqual([
			`${DIR}/a.md: 正文还是占位文字「（在此写正文，写好后删去本行）」：请写入正文`,
		]);
	});

	it('an image in the body without alt text', () => {
		expect(errorsOf(file('a', valid, '正文。\n\n![](photos/x.jpg)'))).toEqual([
			`${DIR}/a.md: 正文第1张图片缺少说明文字：请写成 ![图片内容的说明](图片文件)，或改用 photos 字段`,
		]);
	});

	it('a headline of invisible characters only', () => {
		expect(errorsOf(file('a', 'title: "\\u200b"\ndate: 2026-01-08\npage: 2'))).toEqual([
			`${DIR}/a.md 第2行: title（标题）「\u200b」应为非空文字`,
		]);
	});

	it('a byline with a role and no name', () => {
		expect(errorsOf(file('a', `${valid}\nbyline: 本报记者`))).toEqual([
			`${DIR}/a.md 第5行: byline（署名）「本报记者」没有人名：应写成「记者 张三」这样，角色后跟人名`,
		]);
	});

	it('reports the problems of every file together', () => {
		expect(
			errorsOf(file('a', 'date: 2026-01-08\npage: 2'), file('b', 'title: 乙\npage: 2')),
		).toEqual([
			`${DIR}/a.md: 缺少必填字段 title（标题）`,
			`${DIR}/b.md: 缺少必填字段 date（日期）`,
		]);
	});
});

describe('what the check warns about', () => {
	it('raw HTML pasted into a body, which the page shows as text', () => {
		const { issues, warnings } = checkArticles([file('a', valid, '正文<script>alert(1)</script>')]);
		expect(issues).toEqual([]);
		expect(warnings.map(formatContentIssue)).toEqual([
			`${DIR}/a.md: 正文含有 HTML 代码（<script>），网页上只会显示为文字：请删去`,
		]);
	});
});

describe('drafts', () => {
	it('are checked like any article', () => {
		expect(errorsOf(file('a', 'title: 草稿\ndate: 2026-01-08\npage: 0\ndraft: true'))).toEqual([
			`${DIR}/a.md 第4行: page（版次）「0」应为正整数（如 2）`,
		]);
	});
});
