import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { bylineNames } from '../lib/byline';
import { plainText } from '../lib/markdown';
import { pageLabel } from '../lib/paper';
import { INDEX_LANGUAGE, searchRecord } from '../lib/search-record';
import { articleId } from '../lib/urls';
import { publishedArticles } from './article-sources';

/**
 * Writes the Pagefind index of every article into `dist/pagefind/` after each build. Articles
 * are fed as records of two-character tokens rather than as HTML (docs/decisions/003).
 */
export function searchIndex(contentFolder: string): AstroIntegration {
	let root: URL;

	return {
		name: 'search',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const articles = await publishedArticles(root, contentFolder);
				const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
				if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);

				let count = 0;
				for (const article of articles) {
					const record = searchRecord({
						// Addresses from the site's root: the search page prefixes the base path.
						url: `/${articleId(article.data.date, article.slug)}/`,
						title: article.data.title,
						kicker: article.data.kicker,
						subtitle: article.data.subtitle,
						byline: article.data.byline,
						text: plainText(article.body),
						date: article.data.date,
						pageLabel: pageLabel({ number: article.data.page }),
						reporters: bylineNames(article.data.byline ?? ''),
					});
					const added = await index.addCustomRecord(record);
					if (added.errors.length > 0) {
						throw new Error(`搜索索引无法收入 ${article.file}：${added.errors.join('; ')}`);
					}
					count += 1;
				}

				const written = await index.writeFiles({
					outputPath: fileURLToPath(new URL('pagefind/', dir)),
				});
				if (written.errors.length > 0) {
					throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
				}
				await close();

				const elapsed = Math.round(performance.now() - started);
				logger.info(`${count} articles indexed in ${elapsed} ms`);
			},
		},
	};
}
