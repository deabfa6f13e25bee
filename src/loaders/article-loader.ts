import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { findDuplicateUrls, readArticle, type ArticleSource } from '../lib/article-file';
import { ContentError, type ContentIssue } from '../lib/content-issue';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { strings } from '../i18n/strings';
import { leadSentence, renderMarkdown } from '../lib/markdown';
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

/** Issues for photos whose file is not where the article says. */
function missingPhotos(root: URL, articles: readonly ArticleSource[]): ContentIssue[] {
	return articles.flatMap((article) =>
		article.data.photos.flatMap((photo, index) => {
			const folder = article.file.split('/').slice(0, -1).join('/');
			const path = posix.normalize(`${folder}/${photo.src}`);
			if (existsSync(new URL(path, root))) return [];
			return [
				{
					file: article.file,
					message: `photos（图片）第${index + 1}项 src「${photo.src}」找不到图片文件 ${path}：请检查文件名，图片应放在文章旁边`,
				},
			];
		}),
	);
}

/** Reads, checks and renders every article into the store; throws ContentError on any issue. */
async function syncArticles(context: LoaderContext, folder: string): Promise<void> {
	const { config, store, logger } = context;
	const started = performance.now();
	const { files, issues } = await readContentFiles(config.root, folder, '.md');
	const articles: ArticleSource[] = [];
	if (files.length === 0 && issues.length === 0) {
		issues.push({
			file: folder,
			message: '没有找到任何文章（.md 文件）：网站不会以空白页面替换现有内容',
		});
	}

	for (const { file, text } of files) {
		const reading = readArticle(file, text);
		if (reading.ok) articles.push(reading.article);
		else issues.push(...reading.issues);
	}
	issues.push(...findDuplicateUrls(articles));
	if (issues.length > 0) throw new ContentError(issues);

	const kept = new Set(articles.map((article) => article.id));
	for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

	issues.push(...missingPhotos(config.root, articles));
	if (issues.length > 0) throw new ContentError(issues);

	// Every body is rendered again: a cached HTML would outlive a change to the renderer.
	for (const article of articles) {
		const lead = leadSentence(article.body);
		const data = await context.parseData({
			id: article.id,
			data: { ...article.data, slug: article.slug, file: article.file, lead },
			filePath: fileURLToPath(new URL(article.file, config.root)),
		});
		const { byline, continuedTo } = article.data;
		const jumpNotice = continuedTo === undefined ? undefined : strings.continuedTo(continuedTo);
		const html = renderMarkdown(article.body, { byline, jumpNotice, base: config.base });
		store.set({
			id: article.id,
			data,
			body: article.body,
			filePath: article.file,
			digest: context.generateDigest(html + JSON.stringify(data)),
			rendered: { html },
		});
	}

	const elapsed = Math.round(performance.now() - started);
	logger.info(`${articles.length} articles checked and rendered in ${elapsed} ms`);
}

/**
 * Loads content/articles/**\/*.md: checks every file, reports all problems at once in Chinese,
 * and renders each body once with markdown-it. In development it reloads on every edit.
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
