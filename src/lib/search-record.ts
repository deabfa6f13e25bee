import { formatPaperDate } from './beijing-day';
import { pageLabel } from './paper';
import { resultKey } from './result-key';
import { normaliseForSearch } from './search-text';
import { characterTokens, fieldTokens, headlineTokens } from './search-tokens';

/** The language the index is written in: none, so that Pagefind neither segments nor stems. */
export const INDEX_LANGUAGE = 'zxx';

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

/** A record of the shape Pagefind's addCustomRecord takes, and the beginning of its id. */
export interface SearchRecord {
	/** The beginning of the result's id (src/lib/result-key.ts); not a field of Pagefind's. */
	key?: string;
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/**
 * The index record of one article: every searchable field as its own run of tokens, the
 * headline once more under its own prefix, and what a result shows (headline, date, 版, text).
 */
export function searchRecord(article: SearchableArticle): SearchRecord {
	const fields = [article.title, article.kicker, article.subtitle, article.byline, article.text];
	const normalised = fields
		.filter((field): field is string => field !== undefined)
		.map(normaliseForSearch);
	const tokens = normalised.flatMap(fieldTokens);
	const headline = headlineTokens(normaliseForSearch(article.title));

	return {
		key: resultKey({ date: article.date, page: article.page, reporters: article.reporters }),
		url: article.url,
		content: [...tokens, ...headline, ...characterTokens(normalised)].join(' '),
		language: INDEX_LANGUAGE,
		meta: {
			title: article.title,
			date: formatPaperDate(article.date),
			page: pageLabel({ number: article.page }),
			text: [article.kicker, article.subtitle, article.byline, article.text]
				.filter(Boolean)
				.join('\n'),
		},
		// The search page filters and orders results by their ids, not by Pagefind's filters.
		filters: {},
		sort: {},
	};
}
