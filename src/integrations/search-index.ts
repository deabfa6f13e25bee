import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readArticle, type ArticleSource } from '../lib/article-file';
import { ContentError, formatContentIssue } from '../lib/content-issue';
import { listContentFiles, readFiles } from '../loaders/content-files';
import { bylineNames } from '../lib/byline';
import { strings } from '../i18n/strings';
import { plainText } from '../lib/markdown';
import { searchRecord, type SearchRecord } from '../lib/search-record';
import { PagefindIndexWriter } from './pagefind-files';
import { loadPagefindRuntime, type PagefindRuntime } from './pagefind-runtime';
import { reporterCode } from '../lib/result-key';
import { SHARD_MANIFEST, shardByMonth, SHARD_SIZE, type ShardManifest } from '../lib/search-shards';
import { articleId } from '../lib/urls';

/** Each photo's caption and credit as the article page prints them above the body. */
function photoCaptions(article: ArticleSource): string[] {
	return article.data.photos.map(
		(photo) => `${photo.caption ?? ''}${photo.credit ? strings.photoCredit(photo.credit) : ''}`,
	);
}

/** The index record of one article file, as the build writes it. */
export function articleRecord(article: ArticleSource): SearchRecord {
	return searchRecord({
		// Addresses from the site's root: the search page prefixes the base path.
		url: `/${articleId(article.data.date, article.slug)}/`,
		title: article.data.title,
		kicker: article.data.kicker,
		subtitle: article.data.subtitle,
		byline: article.data.byline,
		text: [...photoCaptions(article), plainText(article.body)].join('\n'),
		date: article.data.date,
		page: article.data.page,
		reporters: bylineNames(article.data.byline ?? ''),
	});
}

/**
 * Writes one shard's index into `folder`. Records are made one article at a time and only their
 * words' encoded postings are kept until the files are written (docs/decisions/005, 006).
 */
function writeShard(
	articles: readonly ArticleSource[],
	folder: string,
	runtime: PagefindRuntime,
	reporters: Map<string, string>,
): void {
	const writer = new PagefindIndexWriter();
	for (const article of articles) {
		const names = bylineNames(article.data.byline ?? '');
		for (const name of names) {
			const code = reporterCode(name);
			const known = reporters.get(code);
			if (known !== undefined && known !== name) {
				throw new Error(
					`搜索索引无法区分记者“${known}”和“${name}”（代号都是 ${code}）：请把其中一位的署名写得不同些，例如加上中间的点或所在单位。`,
				);
			}
			reporters.set(code, name);
		}
		writer.add(articleRecord(article));
	}
	writer.write(folder, runtime);
}

/**
 * Writes the Pagefind index of every published article under `contentFolder` into
 * `<outDir>/pagefind/`: one index per shard (docs/decisions/004), listed newest first in
 * `pagefind/shards.json`. Returns how many articles and parts it wrote.
 */
export async function writeSearchIndex(
	root: URL,
	contentFolder: string,
	outDir: URL,
): Promise<{ articles: number; parts: number }> {
	// Each part's files are read only when it is written, so that the whole archive is never in
	// memory at once. An article's folder is its date (the content check makes sure of it).
	const { paths } = await listContentFiles(root, contentFolder, '.md');
	const size = Number(process.env.YZB_SEARCH_SHARD_SIZE ?? SHARD_SIZE);
	const shards = shardByMonth(paths, (path) => path.split('/').at(-2) ?? '', size);
	const output = fileURLToPath(new URL('pagefind/', outDir));

	await rm(output, { recursive: true, force: true });
	await mkdir(output, { recursive: true });
	const runtime = await loadPagefindRuntime();
	const reporters = new Map<string, string>();
	const written: string[] = [];
	let count = 0;
	for (const shard of shards) {
		const articles = publishedIn(root, shard.items);
		if (articles.length === 0) continue;
		writeShard(articles, `${output}${shard.name}`, runtime, reporters);
		written.push(shard.name);
		count += articles.length;
	}
	const manifest: ShardManifest = { parts: written, reporters: Object.fromEntries(reporters) };
	await writeFile(`${output}${SHARD_MANIFEST}`, JSON.stringify(manifest));
	return { articles: count, parts: written.length };
}

/** The published articles among `paths`, which the content check has already passed. */
function publishedIn(root: URL, paths: readonly string[]): ArticleSource[] {
	const { files, issues } = readFiles(root, paths);
	if (issues[0]) throw new Error(formatContentIssue(issues[0]));
	return files.flatMap(({ file, text }) => {
		const reading = readArticle(file, text);
		if (!reading.ok) throw new ContentError(reading.issues);
		return reading.article.data.draft ? [] : [reading.article];
	});
}

/**
 * Writes the search index after each `astro build`. Articles are fed as records of their
 * normalised fields rather than as HTML (docs/decisions/003, 006). `npm run build` sets
 * YZB_SEARCH_INDEX=separate and writes the index in a process of its own beside Astro's
 * (docs/decisions/004).
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
				if (process.env.YZB_SEARCH_INDEX === 'separate') return;
				const started = performance.now();
				const written = await writeSearchIndex(root, contentFolder, dir);
				const elapsed = Math.round(performance.now() - started);
				logger.info(
					`${written.articles} articles indexed in ${written.parts} parts in ${elapsed} ms`,
				);
			},
		},
	};
}
