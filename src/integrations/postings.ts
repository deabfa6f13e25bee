/**
 * Each word's pages as the bytes of Pagefind's index chunks (CBOR), appended page by page as
 * the articles are added, so that one part of the index is held as its encoded bytes and
 * nothing more. Words are numbered; their bytes live in small linked blocks of a few large
 * buffers, because an archive has millions of words and most of them occur in few articles.
 */

/** Bytes of one block: its payload, then the number of the block that continues it. */
const BLOCK = 32;
const PAYLOAD = BLOCK - 4;
/** Blocks in one buffer (64 MB). */
const BLOCKS_PER_BUFFER = 1 << 21;

/** A growable column of integers, one per word. */
class Column {
	values = new Int32Array(1024);

	grow(size: number): void {
		if (size <= this.values.length) return;
		const next = new Int32Array(Math.max(size, this.values.length * 2));
		next.set(this.values);
		this.values = next;
	}
}

/** The head of a CBOR item of major type `major` holding `value`, written into `out` at `at`. */
export function writeHead(out: Uint8Array, at: number, major: number, value: number): number {
	const type = major << 5;
	if (value < 24) {
		out[at] = type | value;
		return at + 1;
	}
	if (value < 0x100) {
		out[at] = type | 24;
		out[at + 1] = value;
		return at + 2;
	}
	if (value < 0x10000) {
		out[at] = type | 25;
		out[at + 1] = value >>> 8;
		out[at + 2] = value & 0xff;
		return at + 3;
	}
	out[at] = type | 26;
	out[at + 1] = value >>> 24;
	out[at + 2] = (value >>> 16) & 0xff;
	out[at + 3] = (value >>> 8) & 0xff;
	out[at + 4] = value & 0xff;
	return at + 5;
}

/** The bytes of a CBOR head, as a buffer of its own. */
export function head(major: number, value: number): Buffer {
	const out = Buffer.alloc(5);
	return out.subarray(0, writeHead(out, 0, major, value));
}

/** Words' pages, each page written as Pagefind's [page difference, [weight, locations…], []]. */
export class PostingStore {
	readonly #ids = new Map<string, number>();
	readonly #buffers: Uint8Array[] = [];
	#blocks = 0;
	readonly #first = new Column();
	readonly #last = new Column();
	/** Bytes used in each word's last block. */
	readonly #fill = new Column();
	/** Bytes of each word, all blocks together. */
	readonly #size = new Column();
	readonly #pageCount = new Column();
	readonly #lastPage = new Column();
	/** One page's entry, encoded before it is appended. */
	#scratch = new Uint8Array(256);

	get wordCount(): number {
		return this.#ids.size;
	}

	/**
	 * Adds a page to a word: `weight` in Pagefind's units (24 is one occurrence) and the
	 * locations, each written as its difference from the one before.
	 */
	add(word: string, page: number, weight: number, locations: readonly number[]): void {
		let id = this.#ids.get(word);
		if (id === undefined) {
			id = this.#ids.size;
			this.#ids.set(word, id);
			for (const column of [this.#first, this.#last, this.#fill, this.#size]) column.grow(id + 1);
			this.#pageCount.grow(id + 1);
			this.#lastPage.grow(id + 1);
			const block = this.#allocate();
			this.#first.values[id] = block;
			this.#last.values[id] = block;
			this.#fill.values[id] = 0;
			this.#size.values[id] = 0;
			this.#pageCount.values[id] = 0;
			this.#lastPage.values[id] = 0;
		}
		if (this.#scratch.length < 16 + locations.length * 5) {
			this.#scratch = new Uint8Array(16 + locations.length * 5);
		}
		const out = this.#scratch;
		out[0] = 0x83;
		let at = writeHead(out, 1, 0, page - (this.#lastPage.values[id] ?? 0));
		at = writeHead(out, at, 4, locations.length + 1);
		at = writeHead(out, at, 1, weight);
		let previous = 0;
		for (const location of locations) {
			at = writeHead(out, at, 0, location - previous);
			previous = location;
		}
		out[at] = 0x80;
		this.#append(id, out, at + 1);
		this.#lastPage.values[id] = page;
		this.#pageCount.values[id] = (this.#pageCount.values[id] ?? 0) + 1;
	}

	/** The words in byte order (they are ASCII), each with its pages' count and encoded bytes. */
	*words(): Generator<{ word: string; pages: number; bytes: Uint8Array }> {
		const words = [...this.#ids.keys()].sort();
		for (const word of words) {
			const id = this.#ids.get(word) ?? 0;
			yield { word, pages: this.#pageCount.values[id] ?? 0, bytes: this.#read(id) };
		}
	}

	#allocate(): number {
		const block = this.#blocks;
		this.#blocks += 1;
		if (block % BLOCKS_PER_BUFFER === 0)
			this.#buffers.push(new Uint8Array(BLOCKS_PER_BUFFER * BLOCK));
		return block;
	}

	#at(block: number): { buffer: Uint8Array; offset: number } {
		const buffer = this.#buffers[Math.floor(block / BLOCKS_PER_BUFFER)];
		if (!buffer) throw new Error(`postings block ${String(block)} does not exist`);
		return { buffer, offset: (block % BLOCKS_PER_BUFFER) * BLOCK };
	}

	#append(id: number, bytes: Uint8Array, length: number): void {
		let block = this.#last.values[id] ?? 0;
		let fill = this.#fill.values[id] ?? 0;
		let { buffer, offset } = this.#at(block);
		for (let index = 0; index < length; index += 1) {
			if (fill === PAYLOAD) {
				const next = this.#allocate();
				buffer[offset + PAYLOAD] = next >>> 24;
				buffer[offset + PAYLOAD + 1] = (next >>> 16) & 0xff;
				buffer[offset + PAYLOAD + 2] = (next >>> 8) & 0xff;
				buffer[offset + PAYLOAD + 3] = next & 0xff;
				block = next;
				fill = 0;
				({ buffer, offset } = this.#at(block));
			}
			buffer[offset + fill] = bytes[index] ?? 0;
			fill += 1;
		}
		this.#last.values[id] = block;
		this.#fill.values[id] = fill;
		this.#size.values[id] = (this.#size.values[id] ?? 0) + length;
	}

	#read(id: number): Uint8Array {
		const size = this.#size.values[id] ?? 0;
		const out = new Uint8Array(size);
		let block = this.#first.values[id] ?? 0;
		for (let at = 0; at < size;) {
			const { buffer, offset } = this.#at(block);
			const take = Math.min(PAYLOAD, size - at);
			out.set(buffer.subarray(offset, offset + take), at);
			at += take;
			const link = offset + PAYLOAD;
			block =
				((buffer[link] ?? 0) << 24) |
				((buffer[link + 1] ?? 0) << 16) |
				((buffer[link + 2] ?? 0) << 8) |
				(buffer[link + 3] ?? 0);
		}
		return out;
	}
}
