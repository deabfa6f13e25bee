import { checkArticles } from '../lib/content-check';
import type { ArticleSource } from '../lib/article-file';
import { readContentFiles } from '../loaders/content-files';

const published = new Map<string, Promise<ArticleSource[]>>();

/**
 * The published articles (checked, drafts left out) of a content folder, read once per build
 * however many integrations ask for them.
 */
export function publishedArticles(root: URL, folder: string): Promise<ArticleSource[]> {
	const key = new URL(folder, root).href;
	let articles = published.get(key);
	if (!articles) {
		articles = readContentFiles(root, folder, '.md').then(({ files }) =>
			checkArticles(files).articles.filter((article) => !article.data.draft),
		);
		published.set(key, articles);
	}
	return articles;
}
