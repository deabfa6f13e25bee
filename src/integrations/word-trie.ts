/**
 * Finds the words of articles (src/lib/search-tokens.ts) for the index writer without making
 * a string for each: every run of characters is a node of a trie whose edges are code points,
 * so that the words starting at one character are the nodes on one path, found one step at a
 * time. A node's number is its word's number in the postings; its string is made once, when
 * the index is written. The edges are kept in one hash table of typed arrays.
 */
import { encodeCodePoint, GRAM, MOST_COUNTED, wordMark, type Scope } from '../lib/search-tokens';

const SCOPES: readonly Scope[] = ['article', 'headline'];

/** What the words of one article come to: each word's number with its weight or locations. */
export interface FoundWords {
	counted: { node: number; count: number }[];
	placed: Map<number, number[]>;
	length: number;
}

export class WordTrie {
	/**
	 * The edge table: three numbers a slot, its parent node (-1 when empty), the code point
	 * and the child it leads to, side by side so that one probe reads one place in memory.
	 */
	#slots = emptySlots(1 << 16);
	#edges = 0;

	/** Each node's parent, code point and depth; roots have parent -1 and depth 0. */
	#parent = new Int32Array(1 << 16);
	#code = new Int32Array(1 << 16);
	#depth = new Uint8Array(1 << 16);
	#scope = new Uint8Array(1 << 16);
	/** The article a node was last seen in, and how often there. */
	#seenIn = new Int32Array(1 << 16).fill(-1);
	#seenCount = new Uint8Array(1 << 16);
	#nodes = 0;
	/** Words given by name rather than found (src/integrations/pagefind-files.ts). */
	readonly #named = new Map<string, number>();
	readonly #names = new Map<number, string>();
	readonly #roots: number[];
	#article = -1;

	constructor() {
		this.#roots = SCOPES.map((_, scope) => this.#node(-1, 0, 0, scope));
	}

	/** How many nodes (words and roots) there are. */
	get size(): number {
		return this.#nodes;
	}

	/** The number of a word given by its string. */
	named(word: string): number {
		let node = this.#named.get(word);
		if (node === undefined) {
			node = this.#node(-1, 0, 0, 0);
			this.#named.set(word, node);
			this.#names.set(node, word);
		}
		return node;
	}

	/** A word's string: its mark, then its characters' codes. */
	name(node: number): string {
		const named = this.#names.get(node);
		if (named !== undefined) return named;
		const codes: string[] = [];
		let at = node;
		while ((this.#parent[at] ?? -1) >= 0) {
			codes.push(encodeCodePoint(this.#code[at] ?? 0));
			at = this.#parent[at] ?? -1;
		}
		const scope = SCOPES[this.#scope[node] ?? 0] ?? 'article';
		return wordMark(this.#depth[node] ?? 0, scope) + codes.reverse().join('');
	}

	/**
	 * The words of one article's normalised fields and headline, the same as `articleWords`
	 * finds (src/lib/search-tokens.ts), by node.
	 */
	find(fields: readonly string[], headline: string): FoundWords {
		this.#article += 1;
		const found: FoundWords = { counted: [], placed: new Map(), length: 0 };
		const touched: number[] = [];
		let location = 0;
		for (const field of fields) {
			const points = codePoints(field);
			this.#walk(points, location, 0, touched, found.placed);
			location += points.length + 1;
			found.length += points.length;
		}
		this.#walk(codePoints(headline), 0, 1, touched, found.placed);
		for (const node of touched) found.counted.push({ node, count: this.#seenCount[node] ?? 1 });
		return found;
	}

	#walk(
		points: readonly number[],
		start: number,
		scope: number,
		touched: number[],
		placed: Map<number, number[]>,
	): void {
		const root = this.#roots[scope] ?? 0;
		const article = this.#article;
		for (let at = 0; at < points.length; at += 1) {
			let node = root;
			const end = Math.min(points.length, at + GRAM);
			for (let next = at; next < end; next += 1) {
				node = this.#child(node, points[next] ?? 0, scope);
				if (next - at + 1 < GRAM) {
					if (this.#seenIn[node] !== article) {
						this.#seenIn[node] = article;
						this.#seenCount[node] = 1;
						touched.push(node);
					} else if ((this.#seenCount[node] ?? 0) < MOST_COUNTED) {
						this.#seenCount[node] = (this.#seenCount[node] ?? 0) + 1;
					}
				} else {
					const locations = placed.get(node);
					if (locations) locations.push(start + at);
					else placed.set(node, [start + at]);
				}
			}
		}
	}

	#child(parent: number, code: number, scope: number): number {
		const slots = this.#slots;
		const mask = slots.length / 3 - 1;
		let slot = edgeHash(parent, code) & mask;
		for (;;) {
			const at = slot * 3;
			const held = slots[at] ?? -1;
			if (held === -1) break;
			if (held === parent && slots[at + 1] === code) return slots[at + 2] ?? 0;
			slot = (slot + 1) & mask;
		}
		const child = this.#node(parent, code, (this.#depth[parent] ?? 0) + 1, scope);
		slots[slot * 3] = parent;
		slots[slot * 3 + 1] = code;
		slots[slot * 3 + 2] = child;
		this.#edges += 1;
		if (this.#edges * 2 > slots.length / 3) this.#rehash();
		return child;
	}

	#node(parent: number, code: number, depth: number, scope: number): number {
		const node = this.#nodes;
		if (node >= this.#parent.length) {
			const size = this.#parent.length * 2;
			this.#parent = grown(this.#parent, size);
			this.#code = grown(this.#code, size);
			this.#depth = grown(this.#depth, size);
			this.#scope = grown(this.#scope, size);
			const seen = grown(this.#seenIn, size);
			seen.fill(-1, this.#seenIn.length);
			this.#seenIn = seen;
			this.#seenCount = grown(this.#seenCount, size);
		}
		this.#parent[node] = parent;
		this.#code[node] = code;
		this.#depth[node] = depth;
		this.#scope[node] = scope;
		this.#nodes += 1;
		return node;
	}

	#rehash(): void {
		const old = this.#slots;
		const slots = emptySlots((old.length / 3) * 2);
		const mask = slots.length / 3 - 1;
		for (let at = 0; at < old.length; at += 3) {
			const parent = old[at] ?? -1;
			if (parent === -1) continue;
			const code = old[at + 1] ?? 0;
			let slot = edgeHash(parent, code) & mask;
			while ((slots[slot * 3] ?? -1) !== -1) slot = (slot + 1) & mask;
			slots[slot * 3] = parent;
			slots[slot * 3 + 1] = code;
			slots[slot * 3 + 2] = old[at + 2] ?? 0;
		}
		this.#slots = slots;
	}
}

function emptySlots(count: number): Int32Array {
	const slots = new Int32Array(count * 3);
	for (let at = 0; at < slots.length; at += 3) slots[at] = -1;
	return slots;
}

function edgeHash(parent: number, code: number): number {
	const hash = Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
	return hash ^ (hash >>> 16);
}

function codePoints(text: string): number[] {
	const points: number[] = [];
	for (const character of text) points.push(character.codePointAt(0) ?? 0);
	return points;
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
	const next = new (array.constructor as new (size: number) => T)(size);
	next.set(array);
	return next;
}
