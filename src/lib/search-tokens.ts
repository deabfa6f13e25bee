/**
 * The words of the search index (docs/decisions/006). Every character is written as four
 * base-36 digits (渝 is 0lr1), so that Pagefind neither segments nor stems anything, and a word
 * is a mark letter followed by the codes of a run of characters:
 *
 * - a run shorter than GRAM characters is a *counted* word: it is listed once for each article
 *   holding it, with how often it occurs there, and a query of that length is that one word;
 * - a run of exactly GRAM characters is a *placed* word: it is listed with every location it
 *   starts at, and a longer query is a few placed words that must stand at the right distances.
 *
 * The mark says the run's length and whether it comes from the headline alone, so no word is
 * the beginning of another, and Pagefind's prefix matching never widens a query.
 */

/** Length of a placed word; every shorter run is a counted word. */
export const GRAM = 6;

/** Marks of counted words of 1 … GRAM − 1 characters, in the whole article and in the headline. */
const COUNTED_MARKS = 'abcde';
const HEADLINE_COUNTED_MARKS = 'fghij';

/** Marks of placed words, in the whole article and in the headline. */
const PLACED_MARK = 'p';
const HEADLINE_PLACED_MARK = 'q';

/** How much of a word's repetition counts for relevance: Pagefind keeps a page's weight in a byte. */
export const MOST_COUNTED = 10;

/** Where search looks: the whole article, or its headline alone (to rank headline hits first). */
export type Scope = 'article' | 'headline';

/** One code point as four base-36 digits (no code point needs more). */
export function encodeCodePoint(codePoint: number): string {
	return codePoint.toString(36).padStart(4, '0');
}

function encodeCharacter(character: string): string {
	return encodeCodePoint(character.codePointAt(0) ?? 0);
}

/** The mark of a word of `length` characters (1 … GRAM) in `scope`. */
export function wordMark(length: number, scope: Scope): string {
	if (length === GRAM) return scope === 'headline' ? HEADLINE_PLACED_MARK : PLACED_MARK;
	const marks = scope === 'headline' ? HEADLINE_COUNTED_MARKS : COUNTED_MARKS;
	const mark = marks[length - 1];
	if (mark === undefined) throw new RangeError(`no word of ${String(length)} characters`);
	return mark;
}

/** The words of one article, as the index writer takes them. */
export interface ArticleWords {
	/** Each counted word with how often it occurs (at most MOST_COUNTED). */
	counted: Map<string, number>;
	/** Each placed word with the locations it starts at, in increasing order. */
	placed: Map<string, number[]>;
	/** Characters in all fields: the article's length, for relevance. */
	length: number;
}

/**
 * The words of an article's normalised fields, as plainly as they can be said; the index writer
 * finds the same words faster (src/integrations/word-trie.ts), and a unit test holds the two
 * to each other. Counted words never span two fields; placed
 * words are located in one run through all fields, with one empty location between two fields,
 * so that no query can match across a field's end.
 */
export function articleWords(fields: readonly string[], headline: string): ArticleWords {
	const words: ArticleWords = { counted: new Map(), placed: new Map(), length: 0 };
	let location = 0;
	for (const field of fields) {
		const codes = [...field].map(encodeCharacter);
		addWords(words, codes, location, 'article');
		location += codes.length + 1;
		words.length += codes.length;
	}
	addWords(words, [...headline].map(encodeCharacter), 0, 'headline');
	return words;
}

function addWords(words: ArticleWords, codes: readonly string[], start: number, scope: Scope) {
	const placedMark = wordMark(GRAM, scope);
	for (let at = 0; at < codes.length; at += 1) {
		let run = '';
		for (let length = 1; length < GRAM && at + length <= codes.length; length += 1) {
			run += codes[at + length - 1] ?? '';
			const word = wordMark(length, scope) + run;
			words.counted.set(word, Math.min(MOST_COUNTED, (words.counted.get(word) ?? 0) + 1));
		}
		if (at + GRAM <= codes.length) {
			const word = placedMark + run + (codes[at + GRAM - 1] ?? '');
			const locations = words.placed.get(word);
			if (locations) locations.push(start + at);
			else words.placed.set(word, [start + at]);
		}
	}
}

/**
 * How a normalised term is looked up: one counted word, or placed words that an article holds
 * at `offset` characters from where the term begins.
 */
export type TermPlan =
	{ kind: 'counted'; word: string } | { kind: 'placed'; words: { word: string; offset: number }[] };

/**
 * The plan for a term in one scope. A term of GRAM or more characters is covered by as few
 * placed words as cover it, spread evenly from its first character to its last.
 */
export function termPlan(term: string, scope: Scope): TermPlan {
	const codes = [...term].map(encodeCharacter);
	if (codes.length === 0) throw new RangeError('an empty term has no plan');
	if (codes.length < GRAM) {
		return { kind: 'counted', word: wordMark(codes.length, scope) + codes.join('') };
	}
	const mark = wordMark(GRAM, scope);
	const count = Math.ceil(codes.length / GRAM);
	const span = codes.length - GRAM;
	const offsets = [
		...new Set(
			Array.from({ length: count }, (_, index) =>
				count === 1 ? 0 : Math.round((index * span) / (count - 1)),
			),
		),
	];
	return {
		kind: 'placed',
		words: offsets.map((offset) => ({
			word: mark + codes.slice(offset, offset + GRAM).join(''),
			offset,
		})),
	};
}
