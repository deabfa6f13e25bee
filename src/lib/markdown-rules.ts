/** The site's own markdown-it rules: marks editors write, and fixes for Chinese text. */
import type { StateCore, StateInline } from 'markdown-it';

/** What an editor writes where text was lost in print or extraction. */
export const GAP_MARK = '[[缺文]]';

/** What a reader sees where text was lost. */
export const GAP_NOTICE = '〔此处原文缺失〕';

/** What an editor writes, on a line of its own, where an article jumps to another 版. */
export const JUMP_MARK = '[[转版]]';

/** Options for rendering one article body. */
export interface RenderOptions {
	/** The article's byline: a closing paragraph that repeats it is set as a byline, not text. */
	byline?: string | undefined;
	/** What the jump mark shows, e.g. （下转第3版）; without it the mark is left as text. */
	jumpNotice?: string | undefined;
	/** The site's base path: links editors write from the root (/2026-01-07/) are put under it. */
	base?: string | undefined;
}

/** Removes leading full-width spaces (U+3000) that editors paste from print layouts. */
export function stripIdeographicIndent(state: StateCore): void {
	for (const [index, token] of state.tokens.entries()) {
		if (token.type === 'inline' && state.tokens[index - 1]?.type === 'paragraph_open') {
			token.content = token.content.replace(/^[\u{3000}\s]+/u, '');
		}
	}
}

/** Reads the gap mark as its own token, so it renders as a visible notice. */
export function gapMark(state: StateInline, silent: boolean): boolean {
	if (!state.src.startsWith(GAP_MARK, state.pos)) return false;
	if (!silent) state.push('text_gap', '', 0);
	state.pos += GAP_MARK.length;
	return true;
}

/** Turns a paragraph holding only the jump mark into a quiet note of where the text went on. */
export function markPageJump(state: StateCore): void {
	const notice = (state.env as RenderOptions).jumpNotice;
	if (!notice) return;

	const tokens = state.tokens;
	for (let index = 0; index + 2 < tokens.length; index += 1) {
		const [opening, inline, closing] = tokens.slice(index, index + 3);
		if (
			opening?.type === 'paragraph_open' &&
			inline?.type === 'inline' &&
			inline.content.trim() === JUMP_MARK &&
			closing?.type === 'paragraph_close'
		) {
			const jump = new state.Token('page_jump', '', 0);
			jump.content = notice;
			jump.block = true;
			tokens.splice(index, 3, jump);
		}
	}
}

/** Puts links written from the site's root under its base path, so they work under a subpath. */
export function rebaseRootLinks(state: StateCore): void {
	const base = (state.env as RenderOptions).base?.replace(/\/+$/u, '');
	if (!base) return;

	for (const block of state.tokens) {
		for (const token of block.children ?? []) {
			const name = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : '';
			const target = name ? token.attrGet(name) : null;
			if (typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')) {
				token.attrSet(name, base + target);
			}
		}
	}
}

/** Drops empty text tokens, which make markdown-it-cjk-breaks throw on some inputs (found by fuzzing). */
export function dropEmptyText(state: StateCore): void {
	for (const block of state.tokens) {
		if (block.children) {
			block.children = block.children.filter(
				(token) => token.type !== 'text' || token.content !== '',
			);
		}
	}
}

/** Han characters and the punctuation set with them, curly quotes (East Asian ambiguous) included. */
const CJK_TEXT = /[\p{Script=Han}\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\uff00-\uffef]/u;

/**
 * Drops a soft break between Chinese text and a curly quote or dash, which cjk-breaks leaves
 * because those marks are of ambiguous width; a browser would show it as a space.
 */
export function joinCjkPunctuationBreaks(state: StateCore): void {
	for (const block of state.tokens) {
		const children = block.type === 'inline' ? block.children : null;
		children?.forEach((token, index) => {
			if (token.type !== 'softbreak') return;
			const before = children[index - 1];
			const after = children[index + 1];
			if (before?.type !== 'text' || after?.type !== 'text') return;
			const last = Array.from(before.content).at(-1) ?? '';
			const first = Array.from(after.content)[0] ?? '';
			if (CJK_TEXT.test(last) && CJK_TEXT.test(first)) {
				token.type = 'text';
				token.content = '';
			}
		});
	}
}

/** Gives the closing paragraph the byline class when it is the article's byline again. */
export function markClosingByline(state: StateCore): void {
	const byline = (state.env as RenderOptions).byline?.replace(/\s+/gu, ' ').trim();
	if (!byline) return;

	const tokens = state.tokens;
	const last = tokens.length - 1;
	const inline = tokens[last - 1];
	const opening = tokens[last - 2];
	if (tokens[last]?.type !== 'paragraph_close' || !inline || opening?.type !== 'paragraph_open') {
		return;
	}
	if (inline.content.replace(/\s+/gu, ' ').trim() === byline) {
		opening.attrJoin('class', 'byline-closing');
	}
}
