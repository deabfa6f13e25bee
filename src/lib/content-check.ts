import type { ContentIssue } from './content-issue';
import {
	findDuplicateUrls,
	findMovedClashes,
	findSeriesClashes,
	readArticle,
	type ArticleSource,
} from './article-file';
import { imageAlts, rawHtmlIn } from './markdown';

/** What checking the article files found: the publishable articles, errors and warnings. */
export interface ContentCheck {
	/** Articles that passed every check, drafts included. */
	articles: ArticleSource[];
	/** Problems that stop publication. */
	issues: ContentIssue[];
	/** Things an editor should fix that do not stop publication (pasted HTML). */
	warnings: ContentIssue[];
}

/** Checks every article file on its own and against the others; the one set of rules. */
export function checkArticles(files: readonly { file: string; text: string }[]): ContentCheck {
	const articles: ArticleSource[] = [];
	const issues: ContentIssue[] = [];
	const warnings: ContentIssue[] = [];

	for (const { file, text } of files) {
		const reading = readArticle(file, text);
		if (!reading.ok) {
			issues.push(...reading.issues);
			continue;
		}
		const withoutAlt = imageAlts(reading.article.body).findIndex((alt) => alt === '');
		if (withoutAlt !== -1) {
			issues.push({
				file,
				message: `正文第${withoutAlt + 1}张图片缺少说明文字：请写成 ![图片内容的说明](图片文件)，或改用 photos 字段`,
			});
			continue;
		}
		articles.push(reading.article);
		const html = rawHtmlIn(reading.article.body);
		if (html.length > 0) {
			warnings.push({
				file,
				message: `正文含有 HTML 代码（${html[0]?.slice(0, 40) ?? ''}），网页上只会显示为文字：请删去`,
			});
		}
	}

	issues.push(
		...findDuplicateUrls(articles),
		...findSeriesClashes(articles),
		...findMovedClashes(articles),
	);
	return { articles, issues, warnings };
}
