import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { findDuplicateUrls, readArticle, type ArticleSource } from '../lib/article-file';
import { ContentError, type ContentIssue } from '../lib/content-issue';
import { renderMarkdown } from '../lib/markdown';
import { articleSchema } from '../schemas/article';
import { readContentFiles } from './content-files';

/** An article as stored for pages: its front-matter plus where it came from. */
export const storedArticleSchema = articleSchema.extend({
	/** URL name from the file name. */
	slug: z.string(),
	/** Path of the Markdown file from the repository root. */
	file: z.string(),
});

/**
 * Loads content/articles/**\/*.md: checks every file, reports all problems at once in Chinese,
 * and renders each body once with markdown-it.
 */
export function articleLoader(folder: string): Loader & { schema: typeof storedArticleSchema } {
	return {
		name: 'yzb-articles',
		schema: storedArticleSchema,
		async load(context) {
			const { config, store, logger, watcher } = context;
			const started = performance.now();
			const files = await readContentFiles(config.root, folder, '.md');
			const issues: ContentIssue[] = [];
			const articles: ArticleSource[] = [];

			for (const { file, text } of files) {
				const reading = readArticle(file, text);
				if (reading.ok) articles.push(reading.article);
				else issues.push(...reading.issues);
			}
			issues.push(...findDuplicateUrls(articles));
			if (issues.length > 0) throw new ContentError(issues);

			store.clear();
			for (const article of articles) {
				const html = renderMarkdown(article.body, { byline: article.data.byline });
				store.set({
					id: article.id,
					data: { ...article.data, slug: article.slug, file: article.file },
					body: article.body,
					filePath: article.file,
					digest: context.generateDigest(
						article.file + article.body + JSON.stringify(article.data),
					),
					rendered: { html },
				});
			}

			const elapsed = Math.round(performance.now() - started);
			logger.info(`${articles.length} articles read and rendered in ${elapsed} ms`);

			watcher?.add(folder);
		},
	};
}
