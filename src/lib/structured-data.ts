import { toIsoDateTime } from './beijing-day';

/** What the JSON-LD of an article page says about it. */
export interface NewsArticleFacts {
	url: string;
	headline: string;
	kicker?: string | undefined;
	subtitle?: string | undefined;
	description?: string | undefined;
	date: string;
	page: number;
	pageName?: string | undefined;
	reporters: { name: string; url: string }[];
	series?: { name: string; url: string } | undefined;
	publisher: string;
	siteUrl: string;
}

/** schema.org NewsArticle for an article page, with its place in the printed paper. */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
	const alternative = [facts.kicker, facts.subtitle].filter(Boolean).join(' ');
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: facts.headline,
		...(alternative ? { alternativeHeadline: alternative } : {}),
		...(facts.description ? { description: facts.description } : {}),
		url: facts.url,
		mainEntityOfPage: facts.url,
		inLanguage: 'zh-CN',
		datePublished: toIsoDateTime(facts.date),
		author: facts.reporters.map((reporter) => ({
			'@type': 'Person',
			name: reporter.name,
			url: reporter.url,
		})),
		publisher: { '@type': 'NewsMediaOrganization', name: facts.publisher, url: facts.siteUrl },
		printEdition: facts.date,
		printPage: String(facts.page),
		...(facts.pageName ? { printSection: facts.pageName } : {}),
		...(facts.series
			? {
					isPartOf: {
						'@type': 'CreativeWorkSeries',
						name: facts.series.name,
						url: facts.series.url,
					},
				}
			: {}),
	};
}

/** schema.org WebSite for the home page, with the search as its SearchAction. */
export function websiteJsonLd(
	name: string,
	siteUrl: string,
	searchUrl: string,
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name,
		url: siteUrl,
		inLanguage: 'zh-CN',
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** JSON for a <script type="application/ld+json">, safe inside HTML. */
export function jsonLdScript(data: Record<string, unknown>): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}
