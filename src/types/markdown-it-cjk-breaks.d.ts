declare module 'markdown-it-cjk-breaks' {
	import type MarkdownIt from 'markdown-it';

	/** Removes soft line breaks between two East Asian wide characters. */
	export default function cjkBreaks(md: MarkdownIt): void;
}
