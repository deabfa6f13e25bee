/**
 * Writes a search index in Pagefind's own file format, for Pagefind's script and WebAssembly to
 * search in the browser (docs/decisions/005). The words are the site's own (counted and placed
 * runs of characters, docs/decisions/006), found and encoded here straight from the normalised
 * fields: no segmenting, no HTML, and memory in proportion to the encoded postings of one part.
 *
 * The format is that of the Pagefind version in package.json, which is pinned; the browser
 * tests search indexes written here with that version's script, and
 * tests/unit/pagefind-files.test.ts compares the files with those Pagefind writes itself.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import type { SearchRecord } from '../lib/search-record';
import type { ArticleWords } from '../lib/search-tokens';
import type { PagefindRuntime } from './pagefind-runtime';
import { head, PostingStore } from './postings';
import { WordTrie } from './word-trie';

/** Every compressed Pagefind file starts, once unpacked, with this signature. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** Weight of a placed word, 1, as Pagefind marks it before a page's locations: -(24 + 1). */
const PLACED_WEIGHT = 24;

/**
 * Most encoded bytes of words in one chunk of the index (before compression), unless one word
 * alone has more. Every search loads the whole chunk of each of its words, so small chunks keep
 * a rare word cheap; the chunk list, which the first search loads, grows as they shrink.
 */
export const CHUNK_BYTES = Number(process.env.YZB_CHUNK_BYTES ?? 32_000);

/**
 * Pagefind's compressed file: the signature, then the content, gzipped. Level 4: measured on
 * the index of 10,000 articles, zlib's default (6) saves 6 % of the bytes at three times the time.
 */
function pack(content: Uint8Array): Buffer {
	return gzipSync(Buffer.concat([SIGNATURE, content]), { level: 4 });
}

/**
 * `prefix` and the first `length` hexadecimal digits of a content hash, made longer while they
 * collide.
 */
function shortHash(
	content: Uint8Array | string,
	taken: { has(hash: string): boolean },
	prefix = 'zxx_',
	length = 7,
): string {
	const full = createHash('sha1').update(content).digest('hex');
	let size = length;
	while (taken.has(`${prefix}${full.slice(0, size)}`) && size < full.length) size += 1;
	return `${prefix}${full.slice(0, size)}`;
}

/**
 * One index being written: records are added one by one (their words' pages kept as encoded
 * bytes, their fragments already compressed), then `write` puts the files in a folder.
 */
export class PagefindIndexWriter {
	readonly #postings = new PostingStore();
	readonly #trie = new WordTrie();
	readonly #pages: { hash: string; wordCount: number }[] = [];
	readonly #fragments = new Map<string, Buffer>();
	readonly #filters = new Map<string, Map<string, number[]>>();
	readonly #sorts = new Map<string, (string | undefined)[]>();
	readonly #metaFields = new Set<string>();

	get pageCount(): number {
		return this.#pages.length;
	}

	/** Adds an article, finding the words of its fields. */
	add(record: SearchRecord): void {
		const page = this.#pages.length;
		const { counted, placed, length } = this.#trie.find(record.fields, record.fields[0] ?? '');
		// A counted word's occurrences are its weight at one location (docs/decisions/006).
		for (const { node, count } of counted) {
			this.#postings.add(node, page, PLACED_WEIGHT * count, [0]);
		}
		for (const [node, locations] of placed) {
			this.#postings.add(node, page, PLACED_WEIGHT, locations);
		}
		this.#addPage(record, length);
	}

	/** Adds a page whose words are given by name, each with its count or its locations. */
	addWords(record: Omit<SearchRecord, 'fields'>, words: ArticleWords): void {
		const page = this.#pages.length;
		for (const [word, count] of words.counted) {
			this.#postings.add(this.#trie.named(word), page, PLACED_WEIGHT * count, [0]);
		}
		for (const [word, locations] of words.placed) {
			this.#postings.add(this.#trie.named(word), page, PLACED_WEIGHT, locations);
		}
		this.#addPage(record, words.length);
	}

	#addPage(record: Omit<SearchRecord, 'fields'>, length: number): void {
		const page = this.#pages.length;

		for (const [filter, values] of Object.entries(record.filters)) {
			let byValue = this.#filters.get(filter);
			if (!byValue) this.#filters.set(filter, (byValue = new Map<string, number[]>()));
			for (const value of values) {
				const pages = byValue.get(value);
				if (pages) pages.push(page);
				else byValue.set(value, [page]);
			}
		}
		for (const [key, value] of Object.entries(record.sort)) {
			let values = this.#sorts.get(key);
			if (!values) this.#sorts.set(key, (values = []));
			values[page] = value;
		}
		for (const field of Object.keys(record.meta)) this.#metaFields.add(field);

		// The fragment is what a result shows; the site makes its excerpt from the meta text, so
		// the words are left out of it.
		const fragment = JSON.stringify({
			url: record.url,
			content: '',
			word_count: length,
			filters: record.filters,
			meta: record.meta,
			anchors: [],
		});
		// A record's key, when it has one, begins its id (src/lib/result-key.ts).
		const hash = shortHash(
			fragment,
			this.#fragments,
			record.key === undefined ? undefined : `${record.key}-`,
		);
		this.#fragments.set(hash, pack(Buffer.from(fragment)));
		this.#pages.push({ hash, wordCount: length });
	}

	/** Writes the index and the runtime into `folder`, which must not hold another index. */
	write(folder: string, runtime: PagefindRuntime): void {
		mkdirSync(join(folder, 'fragment'), { recursive: true });
		mkdirSync(join(folder, 'index'), { recursive: true });
		mkdirSync(join(folder, 'filter'), { recursive: true });

		const chunkList: [string, string, string][] = [];
		const chunkHashes = new Set<string>();
		for (const chunk of this.#chunks()) {
			const hash = shortHash(chunk.bytes, chunkHashes);
			chunkHashes.add(hash);
			writeFileSync(join(folder, 'index', `${hash}.pf_index`), pack(chunk.bytes));
			chunkList.push([chunk.first, chunk.last, hash]);
		}
		shortenBounds(chunkList);

		const filterList: [string, string][] = [];
		const filterHashes = new Set<string>();
		for (const [filter, byValue] of [...this.#filters].sort(([a], [b]) => compare(a, b))) {
			const values = [...byValue].sort(([a], [b]) => compare(a, b));
			const bytes = encode([filter, values]);
			const hash = shortHash(bytes, filterHashes);
			filterHashes.add(hash);
			writeFileSync(join(folder, 'filter', `${hash}.pf_filter`), pack(bytes));
			filterList.push([filter, hash]);
		}

		for (const [hash, fragment] of this.#fragments) {
			writeFileSync(join(folder, 'fragment', `${hash}.pf_fragment`), fragment);
		}

		const sorts = [...this.#sorts].map(([key, values]) => {
			const order = values
				.flatMap((value, page) => (value === undefined ? [] : [{ value, page }]))
				.sort((a, b) => compare(a.value, b.value) || a.page - b.page)
				.map((entry) => entry.page);
			return [key, order];
		});
		const meta = encode([
			runtime.version,
			this.#pages.map((page) => [page.hash, page.wordCount, '']),
			chunkList,
			filterList,
			sorts,
			[...this.#metaFields].sort(compare),
		]);
		const metaHash = `zxx_${createHash('sha1').update(meta).digest('hex').slice(0, 11)}`;
		writeFileSync(join(folder, `pagefind.${metaHash}.pf_meta`), pack(meta));
		writeFileSync(
			join(folder, 'pagefind-entry.json'),
			JSON.stringify({
				version: runtime.version,
				languages: { zxx: { hash: metaHash, wasm: null, page_count: this.#pages.length } },
				include_characters: runtime.includeCharacters,
			}),
		);
		for (const [name, content] of runtime.files) writeFileSync(join(folder, name), content);
	}

	/**
	 * The words in order, cut into chunks of at most CHUNK_BYTES encoded bytes, except that a
	 * word larger than that is a chunk of its own. A chunk is closed before a word that would
	 * overflow it, so that rare words are not loaded along with a common one.
	 */
	*#chunks(): Generator<{ first: string; last: string; bytes: Buffer }> {
		let entries: Uint8Array[] = [];
		let size = 0;
		let first = '';
		let last = '';
		const close = () => {
			// A chunk is a one-item array holding the array of word entries.
			const chunk = {
				first,
				last,
				bytes: Buffer.concat([Buffer.of(0x81), head(4, entries.length / 2), ...entries]),
			};
			entries = [];
			size = 0;
			return chunk;
		};
		const words: { word: string; node: number }[] = [];
		for (let node = 0; node < this.#trie.size; node += 1) {
			if (this.#postings.has(node)) words.push({ word: this.#trie.name(node), node });
		}
		// Words are ASCII: code unit order is byte order, as Pagefind compares them.
		words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
		for (const { word, node } of words) {
			const { pages, bytes } = this.#postings.pagesOf(node);
			// [word, [page, …], []]
			const start = Buffer.concat([
				Buffer.of(0x83),
				head(3, word.length),
				Buffer.from(word),
				head(4, pages),
			]);
			const entrySize = start.length + bytes.length + 1;
			if (entries.length > 0 && size + entrySize > CHUNK_BYTES) yield close();
			if (entries.length === 0) first = word;
			entries.push(start, Buffer.concat([bytes, EMPTY_ARRAY]));
			size += entrySize;
			last = word;
		}
		if (entries.length > 0) yield close();
	}
}

const EMPTY_ARRAY = Buffer.of(0x80);

/**
 * Pagefind's script loads, for each word of a query, the first chunk whose bounds take it in.
 * Bounds need not be words: a chunk may start at the shortest beginning of its first word that
 * comes after the chunk before, and end where the next one starts, unless that beginning is a
 * whole word. No word of the site's is the beginning of another (src/lib/search-tokens.ts), so
 * every word still falls in its own chunk alone, and the chunk list, which the first search
 * loads, is a fraction of its size with whole words.
 */
function shortenBounds(chunks: [string, string, string][]): void {
	const starts = chunks.map(([first], index) => {
		const before = chunks[index - 1]?.[1];
		if (before === undefined) return first.slice(0, 1);
		let length = 1;
		while (first.slice(0, length) <= before) length += 1;
		return first.slice(0, length);
	});
	chunks.forEach((chunk, index) => {
		const next = starts[index + 1];
		const nextFirst = chunks[index + 1]?.[0];
		chunk[0] = starts[index] ?? chunk[0];
		if (next !== undefined && next !== nextFirst) chunk[1] = next;
	});
}

const ASTRAL = /[\u{10000}-\u{10ffff}]/u;

/** Byte order of UTF-8 (code point order), which is how Pagefind compares words and values. */
function compare(a: string, b: string): number {
	if (ASTRAL.test(a) || ASTRAL.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
	return a < b ? -1 : a > b ? 1 : 0;
}
