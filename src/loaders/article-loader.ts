import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { checkArticles } from '../lib/content-check';
import { ContentError, formatContentIssue } from '../lib/content-issue';
import { missingPhotos } from './photos';
import { leadSentence } from '../lib/markdown';
import { articleSchema } from '../schemas/article';
import { readContentFiles } from './content-files';

/** An article as stored for pages: its front-matter plus where it came from. */
export const storedArticleSchema = articleSchema.extend({
	/** URL name from the file name. */
	slug: z.string(),
	/** Path of the Markdown file from the repository root. */
	file: z.string(),
	/** The body's first sentence as plain text, for lists of articles. */
	lead: z.string(),
});

/** Reads, checks and renders every article into the store; throws ContentError on any issue. */
async function syncArticles(context: LoaderContext, folder: string): Promise<void> {
	const { config, store, logger } = context;
	const started = performance.now();
	const { files, issues } = await readContentFiles(config.root, folder, '.md');
	if (files.length === 0 && issues.length === 0) {
		issues.push({
			file: folder,
			message: '没有找到任何文章（.md 文件）：网站不会以空白页面替换现有内容',
		});
	}

	const checked = checkArticles(files);
	issues.push(...checked.issues, ...missingPhotos(config.root, checked.articles));
	for (const warning of checked.warnings) logger.warn(formatContentIssue(warning));
	if (issues.length > 0) throw new ContentError(issues);

	// Drafts are checked like the rest but never published.
	const articles = checked.articles.filter((article) => !article.data.draft);

	const kept = new Set(articles.map((article) => article.id));
	for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

	// Only front-matter is stored: pages render each body from its file when they are built.
	for (const article of articles) {
		const lead = leadSentence(article.body);
		const stored = { ...article.data, slug: article.slug, file: article.file, lead };
		// The front-matter passed the same schema in checkArticles; Astro's own reading is needed
		// only to resolve photos into images.
		const data =
			article.data.photos.length === 0
				? stored
				: await context.parseData({
						id: article.id,
						data: stored,
						filePath: fileURLToPath(new URL(article.file, config.root)),
					});
		store.set({
			id: article.id,
			data,
			filePath: article.file,
			digest: context.generateDigest(article.body + JSON.stringify(data)),
		});
	}

	const elapsed = Math.round(performance.now() - started);
	logger.info(`${articles.length} articles checked in ${elapsed} ms`);
}

/**
 * Loads content/articles/**\/*.md: checks every file, reports all problems at once in Chinese,
 * and stores their front-matter; pages render the bodies with markdown-it. In development it reloads on every edit.
 */
export function articleLoader(folder: string): Loader & { schema: typeof storedArticleSchema } {
	return {
		name: 'yzb-articles',
		schema: storedArticleSchema,
		async load(context) {
			await syncArticles(context, folder);

			const { watcher, config, logger } = context;
			if (!watcher) return;
			const watched = fileURLToPath(new URL(`${folder}/`, config.root));
			watcher.add(watched);
			watcher.on('all', (_event, path) => {
				if (!path.startsWith(watched) || !path.endsWith('.md')) return;
				syncArticles(context, folder).catch((error: unknown) => {
					logger.error(error instanceof Error ? error.message : String(error));
				});
			});
		},
	};
}
