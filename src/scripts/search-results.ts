/** How the search page shows results and filter values (src/scripts/search-page.ts). */
import { formatMonth } from '../lib/beijing-day';
import { excerpt, findMatches, type ExcerptPart } from '../lib/excerpt';
import { LONGEST_QUERY } from '../lib/search-text';
import type { FilterName, ResultData } from './search-engine';

/** Texts the page hands to the script, so that every word stays in the strings module. */
export interface SearchTexts {
	loading: string;
	older: string;
	empty: string;
	unavailable: string;
	noResults: string;
	noResultsFiltered: string;
	count: string;
	all: string;
	more: string;
	year: string;
}

/** Appends excerpt parts to `parent`, marked parts as <mark>. */
function appendParts(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
	for (const part of parts) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			parent.append(mark);
		} else {
			parent.append(part.text);
		}
	}
}

/** The text split at `ranges`, the ranges marked. */
function markedParts(text: string, ranges: readonly [number, number][]): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let position = 0;
	for (const [start, end] of ranges) {
		if (start > position) parts.push({ text: text.slice(position, start), marked: false });
		parts.push({ text: text.slice(start, end), marked: true });
		position = end;
	}
	if (position < text.length) parts.push({ text: text.slice(position), marked: false });
	return parts;
}

/** One result: headline link (to the article, asking it to highlight the query), where, excerpt. */
export function resultItem(data: ResultData, terms: string[], query: string): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const title = data.meta.title ?? data.url;

	const heading = document.createElement('h2');
	const link = document.createElement('a');
	// A query pasted into the address may be longer than the boxes take; the article page
	// marks its beginning.
	const highlight = [...query].slice(0, LONGEST_QUERY).join('');
	link.href = `${data.url}?${new URLSearchParams({ highlight }).toString()}`;
	appendParts(link, markedParts(title, findMatches(title, terms)));
	heading.append(link);

	const where = document.createElement('p');
	where.className = 'search-result-where';
	where.textContent = [data.meta.date, data.meta.page].filter(Boolean).join(' ');

	const passage = document.createElement('p');
	passage.className = 'search-result-excerpt';
	appendParts(passage, excerpt(data.meta.text ?? '', terms));

	item.append(heading, where, passage);
	return item;
}

/** A filter value as readers read it: 2026年, 2026年1月; others as they are. */
export function valueLabel(name: FilterName, value: string, texts: SearchTexts): string {
	// A value from the address that is no year or month is shown as it is (and finds nothing).
	if (name === 'year' && /^\d{4}$/u.test(value)) return texts.year.replace('{value}', value);
	if (name === 'month' && /^\d{4}-(0[1-9]|1[0-2])$/u.test(value)) {
		return formatMonth(`${value}-01`);
	}
	return value;
}

/** Values of a filter in the order readers expect: 版 by number, dates newest first. */
export function sortedValues(name: FilterName, counts: Record<string, number>): string[] {
	const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0);
	if (name === 'page') return values.sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));
	if (name === 'reporter') {
		return values.sort(
			(a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'),
		);
	}
	return values.sort().reverse();
}
