import MarkdownIt, { type MarkdownIt as MarkdownRenderer } from 'markdown-it';
import cjkBreaks from 'markdown-it-cjk-breaks';
import cjkFriendly from 'markdown-it-cjk-friendly';
import {
	dropEmptyText,
	gapMark,
	GAP_NOTICE,
	joinCjkPunctuationBreaks,
	markClosingByline,
	markPageJump,
	rebaseRootLinks,
	stripIdeographicIndent,
	JUMP_MARK,
	type RenderOptions,
} from './markdown-rules';

export { GAP_MARK, GAP_NOTICE, JUMP_MARK, type RenderOptions } from './markdown-rules';

/** Schemes a link may never use, whatever their case, spacing or entity encoding. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|file|data):/u;

/** Whether a link target may appear in a page: no script-running or inline-data schemes. */
export function isSafeLink(url: string): boolean {
	// Browsers ignore control characters and white space inside a scheme, so must we.
	const squeezed = url.replace(/[\p{Cc}\s]+/gu, '').toLowerCase();
	return !UNSAFE_SCHEME.test(squeezed);
}

/** Builds the one Markdown renderer of the site: CommonMark, no raw HTML, CJK-aware. */
export function createMarkdownRenderer(): MarkdownRenderer {
	// Deep lists and quotes beyond CommonMark's nesting limit of 20 would lose their text.
	const md = new MarkdownIt('commonmark', {
		html: false,
		linkify: false,
		typographer: false,
		maxNesting: 200,
	});
	md.use(cjkFriendly);
	md.core.ruler.push('drop_empty_text', dropEmptyText);
	md.use(cjkBreaks);
	md.validateLink = isSafeLink;
	md.core.ruler.before('inline', 'strip_ideographic_indent', stripIdeographicIndent);
	md.core.ruler.before('inline', 'page_jump', markPageJump);
	md.core.ruler.push('join_cjk_punctuation_breaks', joinCjkPunctuationBreaks);
	md.core.ruler.push('closing_byline', markClosingByline);
	md.core.ruler.push('rebase_root_links', rebaseRootLinks);
	md.inline.ruler.before('link', 'text_gap', gapMark);
	md.renderer.rules.text_gap = () => `<span class="text-gap">${GAP_NOTICE}</span>`;
	md.renderer.rules.page_jump = (tokens, index) =>
		`<p class="page-jump">${md.utils.escapeHtml(tokens[index]?.content ?? '')}</p>\n`;
	return md;
}

const renderer = createMarkdownRenderer();

/** Renders an article body from Markdown to HTML. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
	return renderer.render(markdown, { ...options });
}

/** The first sentence of the body's first paragraph, as plain text, for lists of articles. */
export function leadSentence(markdown: string): string {
	const tokens = renderer.parse(markdown, {});
	const index = tokens.findIndex((token) => token.type === 'paragraph_open');
	const inline = index === -1 ? undefined : tokens[index + 1];
	const text = (inline?.children ?? [])
		.filter((token) => token.type === 'text' || token.type === 'code_inline')
		.map((token) => token.content)
		.join('');
	return /^[^。！？]*[。！？]?/u.exec(text)?.[0] ?? '';
}

/** The body as plain text, one line per paragraph or heading, without the gap or jump notes. */
export function plainText(markdown: string): string {
	const tokens = renderer.parse(markdown, {});
	return tokens
		.filter((token) => token.type === 'inline')
		.map((inline) =>
			(inline.children ?? [])
				.filter((token) => token.type === 'text' || token.type === 'code_inline')
				.map((token) => token.content)
				.join(''),
		)
		.filter((line) => line !== JUMP_MARK && line !== '')
		.join('\n');
}

const htmlFinder = new MarkdownIt('commonmark', { html: true });

/** Pieces of raw HTML in a body: never rendered as markup, but worth telling the editor about. */
export function rawHtmlIn(markdown: string): string[] {
	return htmlFinder
		.parse(markdown, {})
		.flatMap((token) => (token.type === 'inline' ? (token.children ?? []) : [token]))
		.filter((token) => token.type === 'html_block' || token.type === 'html_inline')
		.map((token) => token.content.trim());
}

/** The alt text of each image written in a body with Markdown (![alt](src)), in order. */
export function imageAlts(markdown: string): string[] {
	return renderer
		.parse(markdown, {})
		.flatMap((token) => token.children ?? [])
		.filter((token) => token.type === 'image')
		.map((token) => token.content.trim());
}
