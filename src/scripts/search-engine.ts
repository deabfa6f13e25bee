import { headlineQuery, termQuery, termWords } from '../lib/search-tokens';

/** One hit as Pagefind returns it, before its fragment is loaded. */
interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}

interface PagefindResponse {
	results: PagefindHit[];
	filters: Record<string, Record<string, number>>;
}

/** One Pagefind index as the search uses it. */
export interface PagefindIndex {
	search(query: string, options?: Record<string, unknown>): Promise<PagefindResponse>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** The parts of Pagefind's browser module the search uses. */
export interface PagefindModule {
	createInstance(options: { basePath: string; baseUrl: string; noWorker?: boolean }): PagefindIndex;
}

/** Filter counts of several parts added together. */
function addCounts(
	all: readonly Record<string, Record<string, number>>[],
): Record<string, Record<string, number>> {
	const sum: Record<string, Record<string, number>> = {};
	for (const counts of all) {
		for (const [name, values] of Object.entries(counts)) {
			const byValue = (sum[name] ??= {});
			for (const [value, count] of Object.entries(values)) {
				byValue[value] = (byValue[value] ?? 0) + count;
			}
		}
	}
	return sum;
}

/**
 * The index parts (newest first, docs/decisions/004) searched as one: each search runs on every
 * part at once, and the results follow one another in the parts' order, so that results sorted
 * newest first within each part are newest first overall.
 */
export function partsAsOne(parts: readonly PagefindIndex[]): PagefindIndex {
	return {
		async search(query, options) {
			const responses = await Promise.all(parts.map((part) => part.search(query, options)));
			return {
				results: responses.flatMap((response) => response.results),
				filters: addCounts(responses.map((response) => response.filters)),
			};
		},
		async filters() {
			return addCounts(await Promise.all(parts.map((part) => part.filters())));
		},
	};
}

/** What a result shows, from the index's metadata. */
export interface ResultData {
	url: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

/** Filter names of the index: 版, reporter, year, month. */
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
	counts: Record<string, Record<string, number>>;
}

/** The ids of a response's results. */
const idsOf = (response: PagefindResponse) => new Set(response.results.map((hit) => hit.id));

/**
 * Finds exactly the articles containing every term. Each term is an exact phrase of the index's
 * two-character tokens; Pagefind's own query takes the longest term as a phrase and narrows by
 * the others, and the per-term searches then drop any article where a further term's tokens
 * were not side by side. Ranking: headline hits first, then Pagefind's score, then newest.
 */
export async function findArticles(
	pagefind: PagefindIndex,
	request: SearchRequest,
): Promise<SearchOutcome> {
	const terms = [...request.terms].sort((a, b) => [...b].length - [...a].length);
	const [main, ...others] = terms;
	if (main === undefined) return { results: [], counts: {} };

	const query = [termQuery(main), ...others.map(termWords)].join(' ');
	const filters = Object.fromEntries(
		Object.entries(request.filters).filter(([, value]) => value !== ''),
	);

	// Every search asks for newest first: the relevance order is then a stable sort of it, so
	// that among equals the newer edition comes first without a second search.
	const newestFirst = { sort: { day: 'desc' } };
	const [everything, exactPerTerm, headlinePerTerm] = await Promise.all([
		pagefind.search(query, newestFirst),
		Promise.all(others.map((term) => pagefind.search(termQuery(term)).then(idsOf))),
		Promise.all(terms.map((term) => pagefind.search(headlineQuery(term)).then(idsOf))),
	]);
	const isExact = (hit: PagefindHit) => exactPerTerm.every((ids) => ids.has(hit.id));

	const [filtered, counts] = await Promise.all([
		Object.keys(filters).length > 0
			? pagefind.search(query, { filters, ...newestFirst })
			: everything,
		exactCounts(everything, isExact),
	]);
	const results = filtered.results.filter(isExact);
	if (request.sort === 'newest') return { results, counts };

	const headlineHits = (hit: PagefindHit) =>
		headlinePerTerm.filter((ids) => ids.has(hit.id)).length;
	results.sort((a, b) => headlineHits(b) - headlineHits(a) || b.score - a.score);
	return { results, counts };
}

/** Pagefind's counts per filter value, less the articles the exact check dropped. */
async function exactCounts(
	response: PagefindResponse,
	isExact: (hit: PagefindHit) => boolean,
): Promise<Record<string, Record<string, number>>> {
	const counts = structuredClone(response.filters);
	const dropped = await Promise.all(
		response.results.filter((hit) => !isExact(hit)).map((hit) => hit.data()),
	);
	for (const data of dropped) {
		for (const [name, values] of Object.entries(data.filters)) {
			for (const value of values) {
				const byValue = counts[name];
				if (byValue && value in byValue) byValue[value] = (byValue[value] ?? 1) - 1;
			}
		}
	}
	return counts;
}
