/**
 * The search index holds text as tokens of two characters, each character written as four
 * base-36 digits: 渝中 is 0lr10ffx. A query of any length then becomes an exact phrase of such
 * tokens, so that search finds exactly the articles containing it (docs/decisions/003).
 */

/**
 * A field's last character is also indexed with this filler, so that the last pair of one field
 * and the first of the next never stand side by side as if they were one text.
 */
const FIELD_END = '0000';

/**
 * Mark of an article's single characters (渝 → y0lr1), each indexed once, for one-character
 * queries: a query for a whole word finds it in one chunk of the index, where the prefix of the
 * pairs (0lr1…) would span many.
 */
const CHARACTER_MARK = 'y';

/**
 * Mark of headline tokens, kept apart so that headline hits can rank first. Headline pairs end
 * with it (渝中 → 0lr10ffxz), which sorts them next to the same pair of the body, so that the
 * browser finds both in one chunk of the index; single headline characters start with it
 * (渝 → z0lr1), for one-character queries.
 */
const HEADLINE_MARK = 'z';

/** One code point as four base-36 digits; no code point reaches z, so marked tokens never collide. */
function encodeCharacter(character: string): string {
	return (character.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

/** The pairs of neighbouring characters' codes. */
function pairs(codes: readonly string[]): string[] {
	const tokens: string[] = [];
	for (let index = 0; index + 1 < codes.length; index += 1) {
		tokens.push((codes[index] ?? '') + (codes[index + 1] ?? ''));
	}
	return tokens;
}

/** The tokens of one normalised field: each pair of neighbouring characters, then the last one. */
export function fieldTokens(normalised: string): string[] {
	const codes = [...normalised].map(encodeCharacter);
	const last = codes.at(-1);
	return last === undefined ? [] : [...pairs(codes), last + FIELD_END];
}

/** Each character of the normalised fields once, marked. */
export function characterTokens(normalised: readonly string[]): string[] {
	const characters = new Set(normalised.flatMap((field) => [...field]));
	return [...characters].map((character) => CHARACTER_MARK + encodeCharacter(character));
}

/** The headline's own tokens: its pairs, marked at the end, then each character, marked first. */
export function headlineTokens(normalised: string): string[] {
	const codes = [...normalised].map(encodeCharacter);
	return [
		...pairs(codes).map((pair) => pair + HEADLINE_MARK),
		...codes.map((code) => HEADLINE_MARK + code),
	];
}

/** The Pagefind query that finds the articles whose headline holds a normalised term. */
export function headlineQuery(term: string): string {
	const codes = [...term].map(encodeCharacter);
	if (codes.length === 1) return HEADLINE_MARK + (codes[0] ?? '');
	return `"${pairs(codes)
		.map((pair) => pair + HEADLINE_MARK)
		.join(' ')}"`;
}

/**
 * The Pagefind query for one normalised term: a quoted phrase of its tokens, or for a single
 * character its marked token.
 */
export function termQuery(term: string): string {
	const codes = [...term].map(encodeCharacter);
	if (codes.length === 1) return CHARACTER_MARK + (codes[0] ?? '');
	return `"${pairs(codes).join(' ')}"`;
}

/** Tokens of a term without quotes, for narrowing a search by a further term. */
export function termWords(term: string): string {
	return termQuery(term).replace(/"/gu, '');
}
