/**
 * The search index holds text as tokens of two characters, each character written as four
 * base-36 digits: 渝中 is 0lr10ffx. A query of any length then becomes an exact phrase of such
 * tokens, so that search finds exactly the articles containing it (docs/decisions/003).
 */

/** A field's last character is also indexed with this filler, so one-character queries find it. */
const FIELD_END = '0000';

/** Prefix of headline tokens, kept apart so that headline hits can rank first. */
export const HEADLINE_PREFIX = 'z';

/** One code point as four base-36 digits; no code point reaches z, so z-tokens never collide. */
function encodeCharacter(character: string): string {
	return (character.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

/** The tokens of one normalised field: each pair of neighbouring characters, then the last one. */
export function fieldTokens(normalised: string, prefix = ''): string[] {
	const codes = [...normalised].map(encodeCharacter);
	const tokens: string[] = [];
	for (let index = 0; index + 1 < codes.length; index += 1) {
		tokens.push(prefix + (codes[index] ?? '') + (codes[index + 1] ?? ''));
	}
	const last = codes.at(-1);
	if (last !== undefined) tokens.push(prefix + last + FIELD_END);
	return tokens;
}

/**
 * The Pagefind query for one normalised term: a quoted phrase of its tokens, or for a single
 * character the prefix its tokens start with.
 */
export function termQuery(term: string, prefix = ''): string {
	const codes = [...term].map(encodeCharacter);
	if (codes.length === 1) return prefix + (codes[0] ?? '');

	const tokens: string[] = [];
	for (let index = 0; index + 1 < codes.length; index += 1) {
		tokens.push(prefix + (codes[index] ?? '') + (codes[index + 1] ?? ''));
	}
	return `"${tokens.join(' ')}"`;
}

/** Tokens of a term without quotes, for narrowing a search by a further term. */
export function termWords(term: string): string {
	return termQuery(term).replace(/"/gu, '');
}
