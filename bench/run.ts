/**
 * `npm run bench -- --articles N [--runs R] [--floor] [--verify]`: builds a synthetic archive of
 * N articles with the production build and reports what it cost and how search behaves on it.
 *
 * --runs R   builds R times from a cold cache and reports the median (default 1)
 * --floor    also builds the same articles the bare way (bench/floor, then the Pagefind CLI)
 * --verify   checks each query's result count against a plain scan of the archive
 *
 * The last line printed is one JSON object with every figure.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeArchive, type ArchiveSummary } from './archive';
import { measure, type Measured } from './process-tree';
import { measureQueries, type SearchFigures } from './queries';
import { serveFolder } from './serve';
import { plainText } from '../src/lib/markdown';
import { readArticle } from '../src/lib/article-file';
import { normaliseForSearch, queryTerms } from '../src/lib/search-text';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '10000' },
		runs: { type: 'string', default: '1' },
		floor: { type: 'boolean', default: false },
		verify: { type: 'boolean', default: false },
	},
});
const articles = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(articles) || articles < 24 || !Number.isInteger(runs) || runs < 1) {
	console.error('用法：npm run bench -- --articles 10000 [--runs 3] [--floor] [--verify]');
	process.exit(2);
}

const repo = resolve(import.meta.dirname, '..');
const work = join(repo, '.bench', String(articles));
const content = join(work, 'content');
const require = createRequire(import.meta.url);
const packageFile = (pkg: string, file: string) =>
	join(dirname(require.resolve(`${pkg}/package.json`)), file);

const MB = 1024 * 1024;
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const megabytes = (bytes: number) => Math.round(bytes / MB);
const median = (numbers: number[]) =>
	[...numbers].sort((a, b) => a - b)[(numbers.length - 1) >> 1] ?? 0;
const log = (line: string) => {
	console.error(line);
};

/** Size and count of the files below `folder`, and the largest HTML page. */
function folderFigures(folder: string) {
	let bytes = 0;
	let files = 0;
	let pages = 0;
	let largestPage = { path: '', bytes: 0 };
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const size = statSync(path).size;
		bytes += size;
		files += 1;
		if (entry.name.endsWith('.html')) {
			pages += 1;
			if (size > largestPage.bytes) largestPage = { path: path.slice(folder.length), bytes: size };
		}
	}
	return { bytes, files, pages, largestPage };
}

/** Runs a step, failing the bench with its output when it fails. */
async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
	let output = '';
	const measured = await measure(command, args, {
		cwd: repo,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		onOutput: (chunk) => {
			output = (output + chunk).slice(-20_000);
		},
	});
	if (measured.status !== 0) {
		console.error(output);
		throw new Error(`${name} 失败（退出码 ${String(measured.status)}）`);
	}
	log(
		`${name}: ${String(seconds(measured.elapsedMs))} s, peak ${String(megabytes(measured.peakBytes))} MB`,
	);
	return measured;
}

/** The production build, from a cold cache. */
function productionBuild(site: string): Promise<Measured> {
	rmSync(join(work, 'cache'), { recursive: true, force: true });
	return step(
		'production build',
		process.execPath,
		[packageFile('tsx', 'dist/cli.mjs'), 'src/cli/build.ts', '--outDir', site],
		{
			YZB_CONTENT_DIR: content.slice(repo.length + 1),
			YZB_CACHE_DIR: join(work, 'cache'),
		},
	);
}

/** The bare build: bench/floor with Astro and markdown-it, then the Pagefind CLI on its output. */
async function floorBuild() {
	const site = join(work, 'floor-site');
	rmSync(site, { recursive: true, force: true });
	const astro = await step(
		'bare Astro',
		process.execPath,
		[packageFile('astro', 'bin/astro.mjs'), 'build', '--root', 'bench/floor', '--outDir', site],
		{ FLOOR_CONTENT: content },
	);
	const pagefind = await step(
		'Pagefind CLI',
		process.execPath,
		[join(repo, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site],
		{},
	);
	return {
		elapsedMs: astro.elapsedMs + pagefind.elapsedMs,
		peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
		astro,
		pagefind,
	};
}

/** Queries a reader might type: rare and common names and places, real terms, a miss, two terms. */
function chooseQueries(summary: ArchiveSummary): string[] {
	const byCount = [...summary.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const common = byCount[0]?.[0] ?? '渝中';
	const rare =
		byCount.find(([name, count]) => count === 1 && [...name].length === 3)?.[0] ?? '刘侃';
	return ['渝中', rare, common, '健康值', '高质量发展', '不存在的词', '渝中 高质量发展'];
}

/** How many articles contain every term of `query`, by a plain scan of the archive. */
function scanCounts(queries: string[]): Map<string, number> {
	const texts: string[] = [];
	const folder = join(content, 'articles');
	for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.md')) continue;
		const reading = readArticle(file, readFileSync(join(folder, file), 'utf8'));
		if (!reading.ok) throw new Error(`生成的文章有误：${file}`);
		const { data, body } = reading.article;
		texts.push(normaliseForSearch([data.title, data.byline ?? '', plainText(body)].join('\n')));
	}
	return new Map(
		queries.map((query) => {
			const terms = queryTerms(query);
			return [query, texts.filter((text) => terms.every((term) => text.includes(term))).length];
		}),
	);
}

log(`generating ${String(articles)} articles in ${work}`);
const summary = writeArchive(join(repo, 'content'), content, articles);
log(`${String(summary.editions)} editions, ${summary.firstDay} to ${summary.lastDay}`);

const site = join(work, 'site');
const builds: Measured[] = [];
for (let run = 0; run < runs; run += 1) builds.push(await productionBuild(site));
const output = folderFigures(site);
const index = folderFigures(join(site, 'pagefind'));

const queries = chooseQueries(summary);
const server = await serveFolder(site);
let search: SearchFigures;
try {
	search = await measureQueries(server.origin, queries);
} finally {
	await server.stop();
}
const expected = values.verify ? scanCounts(queries) : undefined;

const floor = values.floor ? await floorBuild() : undefined;
const build = {
	elapsedMs: median(builds.map((measured) => measured.elapsedMs)),
	peakBytes: median(builds.map((measured) => measured.peakBytes)),
	runs: builds.map(({ elapsedMs, peakBytes }) => ({ elapsedMs, peakBytes })),
};

const warmWorst = {
	bytes: Math.max(...search.warm.map((query) => query.bytes)),
	firstResultsMs: Math.max(...search.warm.map((query) => query.firstResultsMs)),
};
const targets = {
	...(floor
		? {
				'time no longer than the bare build': build.elapsedMs <= floor.elapsedMs,
				'memory at most half the bare build': build.peakBytes <= floor.peakBytes / 2,
			}
		: {}),
	'build within 20 minutes': build.elapsedMs <= 20 * 60_000,
	'memory under 8 GB': build.peakBytes < 8 * 1024 * MB,
	'later queries transfer at most 300 KB': warmWorst.bytes <= 300 * 1024,
	'later queries show results within 300 ms': warmWorst.firstResultsMs <= 300,
	'no page over 100 KB': output.largestPage.bytes <= 100 * 1024,
	...(expected
		? {
				'every query finds exactly the articles containing it': [search.cold, ...search.warm].every(
					(query) => query.found === expected.get(query.query),
				),
			}
		: {}),
};

const rows = [search.cold, ...search.warm].map(
	(query, position) =>
		`${position === 0 ? 'cold' : 'warm'}  ${query.query.padEnd(10, '　')} ${String(query.found).padStart(7)} found${expected ? ` (scan ${String(expected.get(query.query))})` : ''}  ${String(Math.round(query.bytes / 1024)).padStart(5)} KB (index ${String(Math.round(query.kinds.index / 1024))}, results ${String(Math.round(query.kinds.fragment / 1024))}, filters ${String(Math.round(query.kinds.filter / 1024))})  first ${String(Math.round(query.firstResultsMs)).padStart(5)} ms  settled ${String(Math.round(query.settledMs)).padStart(5)} ms`,
);
log(
	[
		`build: ${String(seconds(build.elapsedMs))} s, peak ${String(megabytes(build.peakBytes))} MB (median of ${String(runs)})`,
		floor
			? `bare build: ${String(seconds(floor.elapsedMs))} s, peak ${String(megabytes(floor.peakBytes))} MB`
			: '',
		`site: ${String(output.pages)} pages, ${String(output.files)} files, ${String(megabytes(output.bytes))} MB; search index ${String(megabytes(index.bytes))} MB; largest page ${output.largestPage.path} ${String(Math.round(output.largestPage.bytes / 1024))} KB`,
		...rows,
		...Object.entries(targets).map(([target, met]) => `${met ? 'met    ' : 'NOT MET'} ${target}`),
	]
		.filter(Boolean)
		.join('\n'),
);

console.log(
	JSON.stringify({
		articles,
		editions: summary.editions,
		build,
		floor: floor
			? {
					elapsedMs: floor.elapsedMs,
					peakBytes: floor.peakBytes,
					astro: { elapsedMs: floor.astro.elapsedMs, peakBytes: floor.astro.peakBytes },
					pagefind: { elapsedMs: floor.pagefind.elapsedMs, peakBytes: floor.pagefind.peakBytes },
				}
			: null,
		site: {
			pages: output.pages,
			files: output.files,
			bytes: output.bytes,
			largestPage: output.largestPage,
		},
		searchIndex: { bytes: index.bytes, files: index.files },
		search,
		expected: expected ? Object.fromEntries(expected) : null,
		targets,
	}),
);
