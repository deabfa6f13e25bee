import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strings } from '../i18n/strings';
import { parseFrontMatter } from '../lib/front-matter';
import { renderMarkdown } from '../lib/markdown';
import type { Article } from './paper';

/**
 * The article's body rendered to HTML, read from its file when its page is built. The content
 * store keeps only front-matter, so that a large archive's bodies are never all in memory at
 * once (docs/decisions/004); the loader has already checked every file.
 */
export function articleHtml(article: Article): string {
	const { body } = parseFrontMatter(readFileSync(resolve(article.file), 'utf8'));
	const jumpNotice =
		article.continuedTo === undefined ? undefined : strings.continuedTo(article.continuedTo);
	return renderMarkdown(body, {
		byline: article.byline,
		jumpNotice,
		base: import.meta.env.BASE_URL,
	});
}
