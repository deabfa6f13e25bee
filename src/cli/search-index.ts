/**
 * Writes the search index of a built site: `tsx src/cli/search-index.ts <site folder>`.
 * `npm run build` runs it after `astro build`, in a process of its own.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { writeSearchIndex } from '../integrations/search-index';

const site = process.argv[2];
if (site === undefined) {
	console.error('用法：tsx src/cli/search-index.ts <网站文件夹>');
	process.exit(2);
}

const started = performance.now();
const contentDir = process.env.YZB_CONTENT_DIR ?? 'content';
const written = await writeSearchIndex(
	pathToFileURL(`${process.cwd()}/`),
	`${contentDir}/articles`,
	pathToFileURL(`${resolve(site)}/`),
);
const seconds = Math.round((performance.now() - started) / 100) / 10;
console.log(
	`搜索索引已写入：${written.articles} 篇文章，分 ${written.parts} 部分，用时 ${seconds} 秒。`,
);
