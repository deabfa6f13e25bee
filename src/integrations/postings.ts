/**
 * Each word's pages as the bytes of Pagefind's index chunks (CBOR), appended page by page as
 * the articles are added, so that one part of the index is held as its encoded bytes and
 * nothing more. Words are numbered; a word's bytes live in a chain of segments, each twice the
 * size of the one before, cut from a few large buffers, because an archive has millions of
 * words and most of them occur in few articles.
 */

/** A segment starts with the position of the next one (8 bytes), then its bytes. */
const LINK = 8;
const FIRST_SEGMENT = 16;

/** A growable column of numbers, one per word. */
class Column<T extends Int32Array | Float64Array> {
	constructor(
		public values: T,
		private readonly make: (size: number) => T,
	) {}

	grow(size: number): void {
		if (size <= this.values.length) return;
		const next = this.make(Math.max(size, this.values.length * 2));
		next.set(this.values);
		this.values = next;
	}
}

const int32 = () => new Column(new Int32Array(1024), (size) => new Int32Array(size));
const float64 = () => new Column(new Float64Array(1024), (size) => new Float64Array(size));

/** Writes the head of a CBOR item of major type `major` holding `value` at `at`; returns the end. */
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
	/** Size of one buffer that segments are cut from, and of the largest segment. */
	readonly #bufferBytes: number;
	readonly #largestSegment: number;
	readonly #buffers: Uint8Array[] = [];
	readonly #views: DataView[] = [];
	/** Where the next segment is cut from. */
	#free = 0;
	readonly #first = float64();
	readonly #last = float64();
	/** Bytes used in, and room of, each word's last segment. */
	readonly #fill = int32();
	readonly #room = int32();
	/** Bytes of each word, all segments together. */
	readonly #size = int32();
	readonly #pageCount = int32();
	readonly #lastPage = int32();
	#words = 0;
	/** One page's entry, encoded before it is appended. */
	#scratch = new Uint8Array(256);

	constructor({ bufferBytes = 1 << 26, largestSegment = 1 << 16 } = {}) {
		if (bufferBytes < LINK + largestSegment) throw new RangeError('buffers too small');
		this.#bufferBytes = bufferBytes;
		this.#largestSegment = largestSegment;
	}

	/** How many words have pages. */
	get wordCount(): number {
		return this.#words;
	}

	/** Whether word `id` has any page. */
	has(id: number): boolean {
		return id < this.#size.values.length && (this.#room.values[id] ?? 0) > 0;
	}

	/** The page count and encoded pages of word `id`. */
	pagesOf(id: number): { pages: number; bytes: Uint8Array } {
		return { pages: this.#pageCount.values[id] ?? 0, bytes: this.#read(id) };
	}

	/**
	 * Adds page `page` to word `id`: `weight` in Pagefind's units (24 is one occurrence) and the
	 * locations, each written as its difference from the one before. Pages come in order.
	 */
	add(id: number, page: number, weight: number, locations: readonly number[]): void {
		if (!this.has(id)) this.#start(id);
		const longest = 16 + locations.length * 5;
		const fill = this.#fill.values[id] ?? 0;
		const segment = this.#last.values[id] ?? 0;
		// Written in place when the word's last segment surely has the room, else through scratch.
		const inPlace = (this.#room.values[id] ?? 0) - fill >= longest;
		if (!inPlace && this.#scratch.length < longest) this.#scratch = new Uint8Array(longest);
		const out = inPlace
			? (this.#buffers[Math.floor(segment / this.#bufferBytes)] as Uint8Array)
			: this.#scratch;
		const from = inPlace ? (segment % this.#bufferBytes) + LINK + fill : 0;
		out[from] = 0x83;
		let at = writeHead(out, from + 1, 0, page - (this.#lastPage.values[id] ?? 0));
		at = writeHead(out, at, 4, locations.length + 1);
		at = writeHead(out, at, 1, weight);
		let previous = 0;
		for (const location of locations) {
			at = writeHead(out, at, 0, location - previous);
			previous = location;
		}
		out[at] = 0x80;
		const length = at + 1 - from;
		if (inPlace) {
			this.#fill.values[id] = fill + length;
			this.#size.values[id] = (this.#size.values[id] ?? 0) + length;
		} else {
			this.#append(id, out, length);
		}
		this.#lastPage.values[id] = page;
		this.#pageCount.values[id] = (this.#pageCount.values[id] ?? 0) + 1;
	}

	#start(id: number): void {
		for (const column of [this.#first, this.#last]) column.grow(id + 1);
		for (const column of [this.#fill, this.#room, this.#size, this.#pageCount, this.#lastPage]) {
			column.grow(id + 1);
		}
		const segment = this.#cut(FIRST_SEGMENT);
		this.#first.values[id] = segment;
		this.#last.values[id] = segment;
		this.#fill.values[id] = 0;
		this.#room.values[id] = FIRST_SEGMENT;
		this.#size.values[id] = 0;
		this.#pageCount.values[id] = 0;
		this.#lastPage.values[id] = 0;
		this.#words += 1;
	}

	/** A new segment of `room` bytes; its position counts from the first buffer's start. */
	#cut(room: number): number {
		const need = LINK + room;
		// A segment never crosses from one buffer into the next.
		if (this.#free + need > this.#buffers.length * this.#bufferBytes) {
			const buffer = new Uint8Array(this.#bufferBytes);
			this.#buffers.push(buffer);
			this.#views.push(new DataView(buffer.buffer));
			this.#free = (this.#buffers.length - 1) * this.#bufferBytes;
		}
		const segment = this.#free;
		this.#free += need;
		return segment;
	}

	#append(id: number, bytes: Uint8Array, length: number): void {
		let segment = this.#last.values[id] ?? 0;
		let fill = this.#fill.values[id] ?? 0;
		let room = this.#room.values[id] ?? 0;
		let buffer = this.#buffers[Math.floor(segment / this.#bufferBytes)] as Uint8Array;
		let start = (segment % this.#bufferBytes) + LINK;
		for (let index = 0; index < length; index += 1) {
			if (fill === room) {
				room = Math.min(room * 2, this.#largestSegment);
				const next = this.#cut(room);
				const view = this.#views[Math.floor(segment / this.#bufferBytes)] as DataView;
				view.setFloat64(segment % this.#bufferBytes, next);
				segment = next;
				fill = 0;
				buffer = this.#buffers[Math.floor(segment / this.#bufferBytes)] as Uint8Array;
				start = (segment % this.#bufferBytes) + LINK;
			}
			buffer[start + fill] = bytes[index] ?? 0;
			fill += 1;
		}
		this.#last.values[id] = segment;
		this.#fill.values[id] = fill;
		this.#room.values[id] = room;
		this.#size.values[id] = (this.#size.values[id] ?? 0) + length;
	}

	#read(id: number): Uint8Array {
		const size = this.#size.values[id] ?? 0;
		const out = new Uint8Array(size);
		let segment = this.#first.values[id] ?? 0;
		let room = FIRST_SEGMENT;
		for (let at = 0; at < size;) {
			const index = Math.floor(segment / this.#bufferBytes);
			const start = (segment % this.#bufferBytes) + LINK;
			const take = Math.min(room, size - at);
			out.set((this.#buffers[index] as Uint8Array).subarray(start, start + take), at);
			at += take;
			segment = (this.#views[index] as DataView).getFloat64(segment % this.#bufferBytes);
			room = Math.min(room * 2, this.#largestSegment);
		}
		return out;
	}
}
