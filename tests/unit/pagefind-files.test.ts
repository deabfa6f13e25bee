import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, PagefindIndexWriter } from '../../src/integrations/pagefind-files';
import { loadPagefindRuntime } from '../../src/integrations/pagefind-runtime';
import { articleRecord } from '../../src/integrations/search-index';
import { readArticle } from '../../src/lib/article-file';
import { bylineNames } from '../../src/lib/byline';
import type { SearchRecord } from '../../src/lib/search-record';
import { articleWords, type ArticleWords } from '../../src/lib/search-tokens';
import { listContentFiles, readFiles } from '../../src/loaders/content-files';

/** The words of a plain string of tokens as Pagefind reads one: each token at its place. */
function wordsOfContent(content: string): ArticleWords {
	const tokens = content.split(' ').filter((token) => token !== '');
	const placed = new Map<string, number[]>();
	tokens.forEach((token, location) => {
		const locations = placed.get(token);
		if (locations) locations.push(location);
		else placed.set(token, [location]);
	});
	return { counted: new Map(), placed, length: tokens.length };
}

/**
 * The records of the real edition's seven articles as the build makes them, with filters and a
 * sort key added so that those parts of the format are compared too. Pagefind takes a record's
 * words as one string, each word at the next location, so each record's placed words are
 * given in the order of their locations, as that string and as the words the writer takes.
 */
async function realRecords(): Promise<(SearchRecord & { content: string; words: ArticleWords })[]> {
	const root = new URL('../../', import.meta.url);
	const { paths } = await listContentFiles(root, 'content/articles', '.md');
	return readFiles(root, paths).files.map(({ file, text }) => {
		const reading = readArticle(file, text);
		if (!reading.ok) throw new Error(file);
		const { data } = reading.article;
		const record = articleRecord(reading.article);
		const content = [...articleWords(record.fields, record.fields[0] ?? '').placed]
			.flatMap(([word, locations]) => locations.map((location) => ({ word, location })))
			.sort((a, b) => a.location - b.location || (a.word < b.word ? -1 : 1))
			.map(({ word }) => word)
			.join(' ');
		return {
			...record,
			content,
			words: wordsOfContent(content),
			filters: { page: [String(data.page)], reporter: bylineNames(data.byline ?? '') },
			sort: { day: data.date },
		};
	});
}

/** What a folder's index holds, decoded: the metadata, and each word's pages and locations. */
interface DecodedIndex {
	meta: unknown[];
	words: Map<string, unknown>;
	/** Each chunk: how many words it holds and its size unpacked. */
	chunks: { words: number; bytes: number }[];
	filters: Map<string, unknown>;
	fragments: Map<string, { url: string; word_count: number; meta: unknown; filters: unknown }>;
}

function unpack(file: Buffer): Buffer {
	const content = gunzipSync(file);
	expect(content.subarray(0, 12).toString()).toBe('pagefind_dcd');
	return content.subarray(12);
}

async function decodeIndex(folder: string): Promise<DecodedIndex> {
	const decoded: DecodedIndex = {
		meta: [],
		words: new Map(),
		chunks: [],
		filters: new Map(),
		fragments: new Map(),
	};
	for (const name of await readdir(folder, { recursive: true })) {
		const path = join(folder, name);
		if (name.endsWith('.pf_meta')) decoded.meta = decode(unpack(await readFile(path))) as unknown[];
		if (name.endsWith('.pf_index')) {
			const content = unpack(await readFile(path));
			const [words] = decode(content) as [[string, unknown, unknown][]];
			for (const [word, pages] of words) decoded.words.set(word, pages);
			decoded.chunks.push({ words: words.length, bytes: content.length });
		}
		if (name.endsWith('.pf_filter')) {
			const [filter, values] = decode(unpack(await readFile(path))) as [string, unknown];
			decoded.filters.set(filter, values);
		}
		if (name.endsWith('.pf_fragment')) {
			const fragment = JSON.parse(unpack(await readFile(path)).toString()) as {
				url: string;
				word_count: number;
				meta: unknown;
				filters: unknown;
			};
			decoded.fragments.set(fragment.url, fragment);
		}
	}
	return decoded;
}

describe('the index writer, against the index Pagefind writes from the same records', () => {
	let folder: string;
	let ours: DecodedIndex;
	let theirs: DecodedIndex;

	beforeAll(async () => {
		folder = await mkdtemp(join(tmpdir(), 'yzb-pagefind-test-'));
		const records = await realRecords();
		expect(records).toHaveLength(7);

		const writer = new PagefindIndexWriter();
		for (const record of records) writer.addWords(record, record.words);
		writer.write(join(folder, 'ours'), await loadPagefindRuntime());

		const { index } = await createIndex({ forceLanguage: 'zxx' });
		if (!index) throw new Error('Pagefind did not start');
		// The key is the site's, not a field of Pagefind's records.
		for (const { url, content, meta, filters, sort } of records) {
			await index.addCustomRecord({ url, content, language: 'zxx', meta, filters, sort });
		}
		await index.writeFiles({ outputPath: join(folder, 'theirs') });
		await close();

		ours = await decodeIndex(join(folder, 'ours'));
		theirs = await decodeIndex(join(folder, 'theirs'));
	}, 60_000);

	afterAll(async () => {
		await rm(folder, { recursive: true, force: true });
	});

	it('holds every token with the same pages and locations', () => {
		// Pagefind also indexes the words of the meta text, which the site never searches.
		const tokens = [...theirs.words.keys()].filter((word) => /^[0-9a-z]+$/u.test(word));
		expect(tokens.length).toBeGreaterThan(5000);
		expect([...ours.words.keys()].sort()).toEqual(tokens.sort());
		for (const word of tokens) expect(ours.words.get(word)).toEqual(theirs.words.get(word));
	});

	it('writes the same pages, filters, sort order and meta fields', () => {
		const [version, pages, , filters, sorts, metaFields] = ours.meta;
		const [theirVersion, theirPages, , theirFilters, theirSorts, theirMetaFields] = theirs.meta;
		expect(version).toBe(theirVersion);
		const counts = (list: unknown) => (list as [string, number, string][]).map((page) => page[1]);
		expect(counts(pages)).toEqual(counts(theirPages));
		expect((filters as string[][]).map(([name]) => name)).toEqual(
			(theirFilters as string[][]).map(([name]) => name).sort(),
		);
		expect(sorts).toEqual(theirSorts);
		expect(metaFields).toEqual(theirMetaFields);
		const sortedValues = (values: unknown) => [...(values as [string, number[]][])].sort();
		for (const [filter, values] of theirs.filters) {
			expect(sortedValues(ours.filters.get(filter))).toEqual(sortedValues(values));
		}
	});

	it('names each page by its record’s key and the hash of its fragment', () => {
		const pages = ours.meta[1] as [string, number, string][];
		expect(pages).toHaveLength(7);
		for (const [id] of pages) expect(id).toMatch(/^20260108-\d-[0-9a-z.]*-[0-9a-f]{7,}$/u);
	});

	it('writes each fragment with the same address, meta and filters, leaving the tokens out', () => {
		expect([...ours.fragments.keys()].sort()).toEqual([...theirs.fragments.keys()].sort());
		for (const [url, fragment] of ours.fragments) {
			const their = theirs.fragments.get(url);
			expect(fragment.meta).toEqual(their?.meta);
			expect(fragment.filters).toEqual(their?.filters);
			expect(fragment.word_count).toBe(their?.word_count);
			expect(fragment).toHaveProperty('content', '');
		}
	});

	it('keeps each chunk within its size', () => {
		expect(ours.chunks.length).toBeGreaterThan(5);
		// The chunk's own array heads take at most four bytes.
		for (const chunk of ours.chunks) expect(chunk.bytes).toBeLessThanOrEqual(CHUNK_BYTES + 4);
	});

	it('lists chunks whose bounds take in every word they hold and no other chunk’s', () => {
		const chunks = ours.meta[2] as [string, string, string][];
		expect(chunks.length).toBeGreaterThan(1);
		for (const word of ours.words.keys()) {
			const holding = chunks.filter(([from, to]) => word >= from && word <= to);
			expect(holding).toHaveLength(1);
		}
	});
});

describe('the index writer with a word too large for one chunk', () => {
	it('gives that word a chunk of its own and keeps the rare words apart from it', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'yzb-pagefind-test-'));
		try {
			const writer = new PagefindIndexWriter();
			// "bbbb" stands in every record, many times: far more than one chunk's bytes.
			for (let page = 0; page < 400; page += 1) {
				writer.addWords(
					{ url: `/${String(page)}/`, meta: { title: String(page) }, filters: {}, sort: {} },
					wordsOfContent(`${'bbbb '.repeat(80)}${page === 7 ? 'aaaa cccc' : 'dddd'}`),
				);
			}
			writer.write(folder, await loadPagefindRuntime());
			const decoded = await decodeIndex(folder);
			const chunks = (decoded.meta[2] as [string, string, string][]).map(([from, to]) => [
				from,
				to,
			]);
			// Bounds as short as they can be: each chunk ends where the next begins.
			expect(chunks).toEqual([
				['a', 'b'],
				['b', 'c'],
				['c', 'dddd'],
			]);
			expect(decoded.chunks.map((chunk) => chunk.words).sort()).toEqual([1, 1, 2]);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});

describe('the index writer finding the words itself', () => {
	it('writes a counted word once a page, at location 0, its occurrences as its weight', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'yzb-pagefind-test-'));
		try {
			const writer = new PagefindIndexWriter();
			for (const times of [3, 1, 12]) {
				writer.add({
					url: `/${String(times)}/`,
					fields: ['正文', '渝中区'.repeat(times)],
					meta: { title: String(times) },
					filters: {},
					sort: {},
				});
			}
			writer.write(folder, await loadPagefindRuntime());
			const decoded = await decodeIndex(folder);
			// Page numbers as differences; weight w is written -(w + 1), 24 for each occurrence,
			// up to ten.
			expect(decoded.words.get('c0lr10ffx0gfu')).toEqual([
				[0, [-73, 0], []],
				[1, [-25, 0], []],
				[1, [-241, 0], []],
			]);
			// 正文 is each page's headline, 渝中区 never.
			expect(decoded.words.get('g0lr10ffx')).toBeUndefined();
			expect((decoded.words.get('g0l7n0k1z') as unknown[]).length).toBe(3);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});

	it('finds in the real edition exactly the words that articleWords says', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'yzb-pagefind-test-'));
		try {
			const records = await realRecords();
			const found = new PagefindIndexWriter();
			const said = new PagefindIndexWriter();
			for (const record of records) {
				found.add(record);
				said.addWords(record, articleWords(record.fields, record.fields[0] ?? ''));
			}
			const runtime = await loadPagefindRuntime();
			found.write(join(folder, 'found'), runtime);
			said.write(join(folder, 'said'), runtime);
			const [ours, theirs] = await Promise.all([
				decodeIndex(join(folder, 'found')),
				decodeIndex(join(folder, 'said')),
			]);
			expect(ours.words.size).toBeGreaterThan(25_000);
			expect(ours.words).toEqual(theirs.words);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});
