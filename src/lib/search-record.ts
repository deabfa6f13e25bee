import { formatPaperDate } from './beijing-day';
import { pageLabel } from './paper';
import { resultKey } from './result-key';
import { normaliseForSearch } from './search-text';

/** What search needs to know of an article. */
export interface SearchableArticle {
	/** The article page's address, base path included. */
	url: string;
	title: string;
	kicker?: string | undefined;
	subtitle?: string | undefined;
	byline?: string | undefined;
	/** The body as plain text. */
	text: string;
	/** Edition date, YYYY-MM-DD. */
	date: string;
	/** The 版's number. */
	page: number;
	/** Reporters named in the byline, print padding removed. */
	reporters: string[];
}

/** What the index writer takes of one article: its words, and what a result shows. */
export interface SearchRecord {
	/** The beginning of the result's id (src/lib/result-key.ts). */
	key?: string;
	url: string;
	/**
	 * The searchable fields, normalised, headline first: the index writer finds their words
	 * (src/lib/search-tokens.ts), those of the whole article and those of the headline alone.
	 */
	fields: string[];
	meta: Record<string, string>;
	/** Pagefind's filters and sort keys; the site orders and narrows by ids instead. */
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/**
 * The index record of one article: the words of every searchable field and of the headline
 * alone (docs/decisions/006), and what a result shows (headline, date, 版, text).
 */
export function searchRecord(article: SearchableArticle): SearchRecord {
	const fields = [article.title, article.kicker, article.subtitle, article.byline, article.text];
	const normalised = fields
		.filter((field): field is string => field !== undefined)
		.map(normaliseForSearch);

	return {
		key: resultKey({ date: article.date, page: article.page, reporters: article.reporters }),
		url: article.url,
		fields: normalised,
		meta: {
			title: article.title,
			date: formatPaperDate(article.date),
			page: pageLabel({ number: article.page }),
			text: [article.kicker, article.subtitle, article.byline, article.text]
				.filter(Boolean)
				.join('\n'),
		},
		filters: {},
		sort: {},
	};
}
