import { toSimplified } from './simplify';

/** What search ignores: white space, punctuation, symbols and invisible characters. */
const IGNORED = /[\p{P}\p{S}\p{Z}\p{C}\s]/u;

/** One character after normalisation, or nothing when search ignores it. */
function normaliseCharacter(character: string): string {
	return [...character.normalize('NFKC').toLowerCase()]
		.filter((part) => !IGNORED.test(part))
		.join('');
}

/**
 * Text as search compares it, the same for articles and queries: traditional characters made
 * simplified, full-width letters and digits half-width (NFKC), lower case, and white space and
 * punctuation removed. 「开门三评」集民智 and 开门三评集民智 read the same; so do ＣＢＤ and cbd.
 */
export function normaliseForSearch(text: string): string {
	return [...toSimplified(text)].map(normaliseCharacter).join('');
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
	const simplified = toSimplified(text);
	const original = [...text];
	// OpenCC keeps one character for one almost always; when it does not, convert one by one.
	const converted =
		[...simplified].length === original.length ? [...simplified] : original.map(toSimplified);
	const characters: string[] = [];
	const sources: number[] = [];

	let offset = 0;
	original.forEach((character, index) => {
		for (const part of normaliseCharacter(converted[index] ?? character)) {
			characters.push(part);
			sources.push(offset);
		}
		offset += character.length;
	});
	return { characters, sources };
}

/** The terms of a query: separated by white space, each normalised, empty ones dropped. */
export function queryTerms(query: string): string[] {
	const terms = query
		.split(/[\s\u3000]+/u)
		.map(normaliseForSearch)
		.filter((term) => term !== '');
	return [...new Set(terms)];
}
