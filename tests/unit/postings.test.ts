import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { PostingStore } from '../../src/integrations/postings';
import { seededRandom } from '../../bench/archive';

/** A word's pages as Pagefind's chunks hold them, encoded by cborg one page at a time. */
function expectedBytes(pages: { page: number; weight: number; locations: number[] }[]): Buffer {
	let previousPage = 0;
	return Buffer.concat(
		pages.map(({ page, weight, locations }) => {
			let previous = 0;
			const differences = locations.map((location) => {
				const difference = location - previous;
				previous = location;
				return difference;
			});
			const entry = encode([page - previousPage, [-(weight + 1), ...differences], []]);
			previousPage = page;
			return entry;
		}),
	);
}

describe('the postings store', () => {
	it('keeps every word’s pages as cborg encodes them, across segments and buffers', () => {
		const random = seededRandom(7);
		// Buffers of 96 bytes and segments of at most 64: every word spans many of both.
		const store = new PostingStore({ bufferBytes: 96, largestSegment: 64 });
		const expected = new Map<number, { page: number; weight: number; locations: number[] }[]>();
		for (let page = 0; page < 4000; page += 1 + Math.floor(random() * 40)) {
			for (let word = 0; word < 12; word += 1) {
				if (random() < 0.3) continue;
				const weight = 24 * (1 + Math.floor(random() * 10));
				let location = Math.floor(random() * 70_000);
				const locations = Array.from({ length: Math.floor(random() * 30) }, () => {
					location += 1 + Math.floor(random() * 3000);
					return location;
				});
				store.add(word, page, weight, locations);
				const pages = expected.get(word) ?? [];
				pages.push({ page, weight, locations });
				expected.set(word, pages);
			}
		}
		expect(store.wordCount).toBe(expected.size);
		for (const [word, pages] of expected) {
			const { pages: count, bytes } = store.pagesOf(word);
			expect(count).toBe(pages.length);
			expect(Buffer.from(bytes).equals(expectedBytes(pages))).toBe(true);
		}
		expect(store.has(12)).toBe(false);
	});

	it('refuses buffers smaller than a segment', () => {
		expect(() => new PostingStore({ bufferBytes: 64, largestSegment: 64 })).toThrow(RangeError);
	});
});
