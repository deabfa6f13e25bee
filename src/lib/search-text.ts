import { toSimplified } from './simplify';

/** What search ignores: white space, punctuation, symbols and invisible characters. */
const IGNORED = /[\p{P}\p{S}\p{Z}\p{C}\s]/u;

/** Each code point seen so far, normalised. */
const normalisedCharacters = new Map<string, string>();

/**
 * One code point after normalisation, or nothing when search ignores it. Traditional characters
 * are made simplified one at a time, never as part of a phrase: OpenCC keeps 乾 in 乾坤 but
 * makes a lone 乾 干, and a query is a piece of the text, so the text and the query must read
 * each character alike wherever it stands.
 */
function normaliseCharacter(character: string): string {
	let normalised = normalisedCharacters.get(character);
	if (normalised === undefined) {
		normalised = [...toSimplified(character).normalize('NFKC').toLowerCase()]
			.filter((part) => !IGNORED.test(part))
			.join('');
		normalisedCharacters.set(character, normalised);
	}
	return normalised;
}

/**
 * Text as search compares it, the same for articles and queries: traditional characters made
 * simplified, full-width letters and digits half-width (NFKC), lower case, and white space and
 * punctuation removed. 「开门三评」集民智 and 开门三评集民智 read the same; so do ＣＢＤ and cbd.
 * Each code point is read on its own, so a piece of a text reads as the same piece of the
 * text's reading.
 */
export function normaliseForSearch(text: string): string {
	let normalised = '';
	for (const character of text) normalised += normaliseCharacter(character);
	return normalised;
}

/** Normalised text with, for each of its code points, the index in the source it came from. */
export interface MappedText {
	/** The normalised text, as code points. */
	characters: string[];
	/** For each normalised code point, the UTF-16 index of its source character. */
	sources: number[];
}

/**
 * Normalises `text` keeping track of where each character came from, so that a match found in
 * the normalised text can be marked in the original (开门三评集民智 marks 开门三评”集民智).
 */
export function normaliseWithSources(text: string): MappedText {
	const characters: string[] = [];
	const sources: number[] = [];
	let offset = 0;
	for (const character of text) {
		for (const part of normaliseCharacter(character)) {
			characters.push(part);
			sources.push(offset);
		}
		offset += character.length;
	}
	return { characters, sources };
}

/**
 * The longest query the search boxes take, in characters. A longer paste is cut to its
 * beginning, which an article holding the whole holds too; it keeps the address of a search
 * (about 9 bytes a Chinese character) well under the 8 KB request line common servers accept.
 */
export const LONGEST_QUERY = 200;

/** The terms of a query: separated by white space, each normalised, empty ones dropped. */
export function queryTerms(query: string): string[] {
	const terms = query
		.split(/[\s\u3000]+/u)
		.map(normaliseForSearch)
		.filter((term) => term !== '');
	return [...new Set(terms)];
}
