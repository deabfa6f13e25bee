import { pageLabel } from '../lib/paper';
import { readResultKey, type ResultFacts } from '../lib/result-key';
import { headlineQuery, termQuery, termWords } from '../lib/search-tokens';

/** One hit as Pagefind returns it, before its fragment is loaded. */
export interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}

interface PagefindResponse {
	results: PagefindHit[];
}

/** One Pagefind index as the search uses it. */
export interface PagefindIndex {
	search(query: string): Promise<PagefindResponse>;
}

/** The parts of Pagefind's browser module the search uses. */
export interface PagefindModule {
	createInstance(options: { basePath: string; baseUrl: string; noWorker?: boolean }): PagefindIndex;
}

/**
 * The index parts (newest first, docs/decisions/004) searched as one: each search runs on every
 * part at once, and the results follow one another in the parts' order.
 */
export function partsAsOne(parts: readonly PagefindIndex[]): PagefindIndex {
	return {
		async search(query) {
			const responses = await Promise.all(parts.map((part) => part.search(query)));
			return { results: responses.flatMap((response) => response.results) };
		},
	};
}

/** What a result shows, from the index's metadata. */
export interface ResultData {
	url: string;
	meta: Record<string, string | undefined>;
}

/** Filter names of the search page: 版, reporter, year, month. */
export const FILTER_NAMES = ['page', 'reporter', 'year', 'month'] as const;

/** A filter name. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** A search as the reader asked for it. */
export interface SearchRequest {
	/** Normalised terms; an article must contain all of them. */
	terms: string[];
	/** Chosen value of each filter, if any. */
	filters: Partial<Record<FilterName, string>>;
	sort: 'relevance' | 'newest';
}

/** The outcome: every matching article in order, and counts per filter value. */
export interface SearchOutcome {
	results: PagefindHit[];
	/** For each filter, how many matching articles (before filtering) have each value. */
	counts: Record<FilterName, Record<string, number>>;
}

/** The ids of a response's results. */
const idsOf = (response: PagefindResponse) => new Set(response.results.map((hit) => hit.id));

/** A result's value of each filter, read from its id; reporters by name. */
export function filterValues(
	facts: ResultFacts,
	reporters: Readonly<Record<string, string>>,
): Record<FilterName, string[]> {
	return {
		page: [pageLabel({ number: facts.page })],
		reporter: facts.reporters.map((code) => reporters[code] ?? code),
		year: [facts.day.slice(0, 4)],
		month: [facts.day.slice(0, 7)],
	};
}

/**
 * Finds exactly the articles containing every term. Each term is an exact phrase of the index's
 * two-character tokens; Pagefind's own query takes the longest term as a phrase and narrows by
 * the others, and the per-term searches then drop any article where a further term's tokens
 * were not side by side. Counts, filters and the newest-first order come from the results' ids
 * (src/lib/result-key.ts). Ranking: headline hits first, then Pagefind's score, then newest, then
 * by 版.
 */
export async function findArticles(
	pagefind: PagefindIndex,
	request: SearchRequest,
	reporters: Readonly<Record<string, string>>,
): Promise<SearchOutcome> {
	const counts: SearchOutcome['counts'] = { page: {}, reporter: {}, year: {}, month: {} };
	const terms = [...request.terms].sort((a, b) => [...b].length - [...a].length);
	const [main, ...others] = terms;
	if (main === undefined) return { results: [], counts };

	const query = [termQuery(main), ...others.map(termWords)].join(' ');
	const [everything, exactPerTerm, headlinePerTerm] = await Promise.all([
		pagefind.search(query),
		Promise.all(others.map((term) => pagefind.search(termQuery(term)).then(idsOf))),
		Promise.all(terms.map((term) => pagefind.search(headlineQuery(term)).then(idsOf))),
	]);

	const chosen = Object.entries(request.filters).filter(([, value]) => value !== '') as [
		FilterName,
		string,
	][];
	const placed = new Map<PagefindHit, ResultFacts>();
	const results: PagefindHit[] = [];
	for (const hit of everything.results) {
		if (!exactPerTerm.every((ids) => ids.has(hit.id))) continue;
		const facts = readResultKey(hit.id);
		if (!facts) throw new Error(`search result without a readable id: ${hit.id}`);
		const values = filterValues(facts, reporters);
		for (const name of FILTER_NAMES) {
			for (const value of values[name]) counts[name][value] = (counts[name][value] ?? 0) + 1;
		}
		if (chosen.every(([name, value]) => values[name].includes(value))) {
			placed.set(hit, facts);
			results.push(hit);
		}
	}

	// Newest first; among articles of one day, in the order of their 版.
	const newer = (a: PagefindHit, b: PagefindHit) => {
		const [first, second] = [placed.get(a), placed.get(b)];
		if (!first || !second) return 0;
		return second.day.localeCompare(first.day) || first.page - second.page;
	};
	if (request.sort === 'newest') return { results: results.sort(newer), counts };

	const headlineHits = (hit: PagefindHit) =>
		headlinePerTerm.filter((ids) => ids.has(hit.id)).length;
	results.sort((a, b) => headlineHits(b) - headlineHits(a) || b.score - a.score || newer(a, b));
	return { results, counts };
}
