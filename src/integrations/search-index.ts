import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Builds the Pagefind index of the finished site into `dist/pagefind/` after every build. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
				if (!index) throw new Error(`搜索索引无法创建：${errors.join('; ')}`);

				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) {
					throw new Error(`搜索索引读取页面失败：${added.errors.join('; ')}`);
				}

				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				if (written.errors.length > 0) {
					throw new Error(`搜索索引写入失败：${written.errors.join('; ')}`);
				}
				await close();

				const elapsed = Math.round(performance.now() - started);
				logger.info(`${added.page_count} pages read, article pages indexed, in ${elapsed} ms`);
			},
		},
	};
}
