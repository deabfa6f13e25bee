import { findMatches } from '../lib/excerpt';
import { queryTerms } from '../lib/search-text';

/**
 * The parts of an article page that search reads, each searched on its own, as the index holds
 * them as separate fields: the headline, kicker, subtitle, byline and body. Dates, 版 labels and
 * notes around them are the page's, not the article's.
 */
export const SEARCHED_FIELDS = [
	'header h1',
	'header .article-kicker',
	'header .article-subtitle',
	'header .byline',
	'.article-body',
];

/** Notes the page puts into the body (a gap in the text, 转版), which the index leaves out. */
export const UNSEARCHED_NOTES = '.text-gap, .page-jump';

/**
 * Text nodes below `root` in document order, notes left out, with where each starts in their
 * joined text.
 */
function textNodes(root: Element): { node: Text; start: number }[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest(UNSEARCHED_NOTES)
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const nodes: { node: Text; start: number }[] = [];
	let start = 0;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node as Text;
		nodes.push({ node: text, start });
		start += text.data.length;
	}
	return nodes;
}

/**
 * Marks every occurrence of the query's terms in the searched fields of `article`, matched as
 * search matches them, even where an occurrence runs across punctuation or elements, but never
 * from one field into the next. Returns the first mark.
 */
export function highlightQuery(article: Element, query: string): HTMLElement | undefined {
	const terms = queryTerms(query);
	if (terms.length === 0) return undefined;
	let first: HTMLElement | undefined;
	for (const field of article.querySelectorAll(SEARCHED_FIELDS.join(', '))) {
		const mark = highlightField(field, terms);
		first ??= mark;
	}
	return first;
}

/** Marks the terms in one field; returns the first mark. */
function highlightField(root: Element, terms: string[]): HTMLElement | undefined {
	const nodes = textNodes(root);
	const text = nodes.map(({ node }) => node.data).join('');
	const ranges = findMatches(text, terms);
	let first: HTMLElement | undefined;

	for (const { node, start } of nodes) {
		const end = start + node.data.length;
		const local = ranges
			.filter(([from, to]) => from < end && to > start)
			.map(([from, to]) => [Math.max(from, start) - start, Math.min(to, end) - start] as const);
		if (local.length === 0) continue;

		const fragment = document.createDocumentFragment();
		let position = 0;
		for (const [from, to] of local) {
			if (from > position) fragment.append(node.data.slice(position, from));
			const mark = document.createElement('mark');
			mark.className = 'search-highlight';
			mark.textContent = node.data.slice(from, to);
			fragment.append(mark);
			first ??= mark;
			position = to;
		}
		if (position < node.data.length) fragment.append(node.data.slice(position));
		node.replaceWith(fragment);
	}
	return first;
}
