import { articleSchema, ARTICLE_FIELDS, type ArticleData } from '../schemas/article';
import { bylineNames } from './byline';
import type { ContentIssue } from './content-issue';
import { FrontMatterError, parseFrontMatter } from './front-matter';
import { GAP_MARK, JUMP_MARK } from './markdown';
import { toContentIssues } from './schema-issues';
import { ARTICLE_SLUG, articleId, RESERVED_SLUG } from './urls';

/** An article file that passed every check of its own. */
export interface ArticleSource {
	/** `YYYY-MM-DD/slug`: the article's URL segment and content id. */
	id: string;
	/** The URL name, taken from the file name so that a corrected headline never moves it. */
	slug: string;
	/** Path from the repository root. */
	file: string;
	data: ArticleData;
	/** The Markdown body. */
	body: string;
}

/** The body `npm run new` writes; an article still holding it cannot be published. */
export const PLACEHOLDER_BODY = '（在此写正文，写好后删去本行）';

/** What reading one article file gives: the article, or the reasons it cannot be published. */
export type ArticleReading =
	{ ok: true; article: ArticleSource } | { ok: false; issues: ContentIssue[] };

/** The slug an article file gives its URL: the file name without `.md`. */
export function slugFromFile(file: string): string {
	return (file.split('/').at(-1) ?? file).replace(/\.md$/u, '');
}

/** Reads one article file (path from the repository root) and checks it on its own. */
export function readArticle(file: string, text: string): ArticleReading {
	let document;
	try {
		document = parseFrontMatter(text);
	} catch (error) {
		if (!(error instanceof FrontMatterError)) throw error;
		return { ok: false, issues: [{ file, line: error.line, message: error.message }] };
	}

	const issues: ContentIssue[] = [];
	const slug = slugFromFile(file);
	if (!ARTICLE_SLUG.test(slug) || RESERVED_SLUG.test(slug)) {
		issues.push({
			file,
			message: `文件名「${slug}」不能用作网址：应只用小写英文字母、数字和连字符（如 kaimen-sanping.md），且不能是 page-数字`,
		});
	}

	if (document.body.trim() === '') {
		issues.push({ file, message: '正文为空：前置信息之后应写文章正文' });
	}
	if (document.body.includes(PLACEHOLDER_BODY)) {
		issues.push({ file, message: `正文还是占位文字「${PLACEHOLDER_BODY}」：请写入正文` });
	}

	const parsed = articleSchema.safeParse(document.data);
	if (!parsed.success) {
		const source = { file, keyLines: document.keyLines };
		issues.push(...toContentIssues(parsed.error.issues, document.data, ARTICLE_FIELDS, source));
		return { ok: false, issues };
	}

	if (document.body.includes(GAP_MARK) && !parsed.data.incomplete) {
		issues.push({
			file,
			message: `正文用 ${GAP_MARK} 标出了缺失的文字，前置信息中应写 incomplete: true`,
		});
	}

	issues.push(...checkJumps(file, parsed.data, document.body));
	if (parsed.data.byline !== undefined && bylineNames(parsed.data.byline).length === 0) {
		issues.push({
			file,
			line: document.keyLines.get('byline'),
			message: `byline（署名）「${parsed.data.byline}」没有人名：应写成「记者 张三」这样，角色后跟人名`,
		});
	}
	const folderDate = /(?:^|\/)(\d{4}-\d{2}-\d{2})\/[^/]+$/u.exec(file)?.[1];
	if (folderDate && folderDate !== parsed.data.date) {
		issues.push({
			file,
			line: document.keyLines.get('date'),
			message: `date「${parsed.data.date}」与所在文件夹 ${folderDate} 不一致：请改正日期，或把文件移到 ${parsed.data.date} 文件夹`,
		});
	}
	if (issues.length > 0) return { ok: false, issues };

	const article = {
		id: articleId(parsed.data.date, slug),
		slug,
		file,
		data: parsed.data,
		body: document.body,
	};
	return { ok: true, article };
}

/** Issues for articles that would be published at the same URL. */
export function findDuplicateUrls(articles: readonly ArticleSource[]): ContentIssue[] {
	const firstById = new Map<string, ArticleSource>();
	const issues: ContentIssue[] = [];
	for (const article of articles) {
		const first = firstById.get(article.id);
		if (first) {
			issues.push({
				file: article.file,
				message: `与 ${first.file} 的网址相同（/${article.id}/）：同一天的文章文件名不能重复`,
			});
		} else {
			firstById.set(article.id, article);
		}
	}
	return issues;
}

/** The jump mark and the 版 an article continues on must agree, and a jump leaves its own 版. */
function checkJumps(file: string, data: ArticleData, body: string): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const marks = body.split('\n').filter((line) => line.trim() === JUMP_MARK).length;

	if (data.continuedTo !== undefined && marks !== 1) {
		issues.push({
			file,
			message: `continuedTo（下转版次）为 ${data.continuedTo}，正文中应有且只有一行 ${JUMP_MARK}，标出转版的位置`,
		});
	}
	if (data.continuedTo === undefined && marks > 0) {
		issues.push({
			file,
			message: `正文用 ${JUMP_MARK} 标出了转版，前置信息中应写 continuedTo（转到第几版）`,
		});
	}
	for (const field of ['continuedTo', 'continuedFrom'] as const) {
		if (data[field] === data.page) {
			issues.push({
				file,
				message: `${field}「${data.page}」与 page 相同：转版应转到另一版`,
			});
		}
	}
	return issues;
}

/** Issues for two articles claiming the same part of one series. */
export function findSeriesClashes(articles: readonly ArticleSource[]): ContentIssue[] {
	const claimed = new Map<string, ArticleSource>();
	const issues: ContentIssue[] = [];
	for (const article of articles) {
		const { series, part } = article.data;
		if (series === undefined || part === undefined) continue;
		const key = `${series}\u0000${part}`;
		const first = claimed.get(key);
		if (first) {
			issues.push({
				file: article.file,
				message: `系列「${series}」第${part}篇已由 ${first.file} 占用：请改正 part`,
			});
		} else {
			claimed.set(key, article);
		}
	}
	return issues;
}

/** A former address as a plain id: /2026-01-07/old/ → 2026-01-07/old. */
export function formerId(path: string): string {
	return path.replace(/^\/+|\/+$/gu, '');
}

/** Issues for former addresses that another article, or another former address, now uses. */
export function findMovedClashes(articles: readonly ArticleSource[]): ContentIssue[] {
	const current = new Map(articles.map((article) => [article.id, article]));
	const former = new Map<string, ArticleSource>();
	const issues: ContentIssue[] = [];
	for (const article of articles) {
		for (const path of article.data.formerPaths) {
			const id = formerId(path);
			const owner = current.get(id) ?? former.get(id);
			if (owner) {
				issues.push({
					file: article.file,
					message: `formerPaths（旧网址）「${path}」正被 ${owner.file} 使用：同一网址不能指向两篇文章`,
				});
			} else {
				former.set(id, article);
			}
		}
	}
	return issues;
}
