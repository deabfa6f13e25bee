import { normaliseWithSources } from './search-text';

/** A stretch of text in an excerpt, marked when it is a match. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/** Where each of `terms` (normalised) occurs in `text`, as sorted, merged UTF-16 ranges. */
export function findMatches(text: string, terms: readonly string[]): [number, number][] {
	const { characters, sources } = normaliseWithSources(text);
	const ranges: [number, number][] = [];

	for (const term of terms) {
		const wanted = [...term];
		if (wanted.length === 0) continue;
		for (let start = 0; start + wanted.length <= characters.length; start += 1) {
			if (wanted.every((character, offset) => characters[start + offset] === character)) {
				const last = sources[start + wanted.length - 1] ?? 0;
				const wide = (text.codePointAt(last) ?? 0) > 0xffff;
				const end = last + (wide ? 2 : 1);
				ranges.push([sources[start] ?? 0, end]);
			}
		}
	}

	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const previous = merged.at(-1);
		if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}

/** Splits `text` into unmarked and marked parts at `ranges`. */
function markRanges(text: string, ranges: readonly [number, number][], offset = 0): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let position = 0;
	for (const [start, end] of ranges) {
		const from = Math.max(start - offset, 0);
		const to = Math.min(end - offset, text.length);
		if (to <= 0 || from >= text.length) continue;
		if (from > position) parts.push({ text: text.slice(position, from), marked: false });
		parts.push({ text: text.slice(from, to), marked: true });
		position = to;
	}
	if (position < text.length) parts.push({ text: text.slice(position), marked: false });
	return parts;
}

/**
 * A short passage of `text` around the first match of `terms`, matches marked; the opening of
 * the text when nothing matches. Cut ends are shown with an ellipsis.
 */
export function excerpt(text: string, terms: readonly string[], radius = 40): ExcerptPart[] {
	const flat = text.replace(/\s+/gu, ' ').trim();
	const ranges = findMatches(flat, terms);
	const first = ranges[0];
	const from = first ? Math.max(first[0] - radius, 0) : 0;
	const to = first ? Math.min(first[1] + radius, flat.length) : Math.min(radius * 2, flat.length);

	// Never cut a character in half.
	const start = from > 0 && /[\uDC00-\uDFFF]/u.test(flat.charAt(from)) ? from - 1 : from;
	const end = to < flat.length && /[\uDC00-\uDFFF]/u.test(flat.charAt(to)) ? to + 1 : to;

	const parts = markRanges(flat.slice(start, end), ranges, start);
	if (start > 0) parts.unshift({ text: '…', marked: false });
	if (end < flat.length) parts.push({ text: '…', marked: false });
	return parts;
}
