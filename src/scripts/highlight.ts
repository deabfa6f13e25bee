import { findMatches } from '../lib/excerpt';
import { queryTerms } from '../lib/search-text';

/** Text nodes below `root` in document order, with where each starts in their joined text. */
function textNodes(root: Element): { node: Text; start: number }[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
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
 * Marks every occurrence of the query's terms in `root`, matched as search matches them, even
 * where an occurrence runs across punctuation or elements. Returns the first mark.
 */
export function highlightQuery(root: Element, query: string): HTMLElement | undefined {
	const terms = queryTerms(query);
	if (terms.length === 0) return undefined;

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
