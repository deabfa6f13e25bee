import { pageLabel } from '../lib/paper';
import { readResultKey, type ResultFacts } from '../lib/result-key';
import { termPlan, type Scope } from '../lib/search-tokens';

/** One hit as Pagefind returns it, before its fragment is loaded. */
export interface PagefindHit {
	id: string;
	score: number;
	/** Locations of the searched word in the article. */
	words: number[];
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

/** The articles matching one term, by id: the hit to show and the relevance Pagefind gave it. */
type TermMatches = Map<string, { hit: PagefindHit; score: number }>;

/**
 * The articles holding a normalised term in `scope`. A short term is one counted word; a long
 * one is a few placed words, and an article holds the term where each stands at its offset
 * from the first (src/lib/search-tokens.ts). Relevance is the sum of Pagefind's scores.
 */
async function matchTerm(
	pagefind: PagefindIndex,
	term: string,
	scope: Scope,
): Promise<TermMatches> {
	const plan = termPlan(term, scope);
	const matches: TermMatches = new Map();
	if (plan.kind === 'counted') {
		for (const hit of (await pagefind.search(plan.word)).results) {
			matches.set(hit.id, { hit, score: hit.score });
		}
		return matches;
	}
	const [first, ...rest] = await Promise.all(
		plan.words.map(async ({ word, offset }) => ({
			offset,
			hits: new Map((await pagefind.search(word)).results.map((hit) => [hit.id, hit])),
		})),
	);
	if (!first) return matches;
	for (const [id, hit] of first.hits) {
		const others = rest.map(({ offset, hits }) => ({ offset, hit: hits.get(id) }));
		if (others.some(({ hit: other }) => other === undefined)) continue;
		const located = others.map(({ offset, hit: other }) => ({
			offset,
			at: new Set(other?.words ?? []),
		}));
		const stands = hit.words.some((start) =>
			located.every(({ offset, at }) => at.has(start + offset)),
		);
		if (!stands) continue;
		const score = others.reduce((sum, { hit: other }) => sum + (other?.score ?? 0), hit.score);
		matches.set(id, { hit, score });
	}
	return matches;
}

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
 * Finds exactly the articles containing every term (docs/decisions/006). Counts, filters and the
 * newest-first order come from the results' ids (src/lib/result-key.ts). Ranking: headline hits
 * first, then Pagefind's relevance, then newest, then by 版.
 */
export async function findArticles(
	pagefind: PagefindIndex,
	request: SearchRequest,
	reporters: Readonly<Record<string, string>>,
): Promise<SearchOutcome> {
	const counts: SearchOutcome['counts'] = { page: {}, reporter: {}, year: {}, month: {} };
	const { terms } = request;
	if (terms.length === 0) return { results: [], counts };

	const [perTerm, headlinePerTerm] = await Promise.all([
		Promise.all(terms.map((term) => matchTerm(pagefind, term, 'article'))),
		// Headline hits only rank results by relevance.
		request.sort === 'relevance'
			? Promise.all(terms.map((term) => matchTerm(pagefind, term, 'headline')))
			: [],
	]);
	const [smallest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
	const scores = new Map<PagefindHit, number>();
	for (const { hit, score } of smallest?.values() ?? []) {
		let total = score;
		let everywhere = true;
		for (const matches of others) {
			const match = matches.get(hit.id);
			if (!match) {
				everywhere = false;
				break;
			}
			total += match.score;
		}
		if (everywhere) scores.set(hit, total);
	}

	const chosen = Object.entries(request.filters).filter(([, value]) => value !== '') as [
		FilterName,
		string,
	][];
	const placed = new Map<PagefindHit, ResultFacts>();
	const results: PagefindHit[] = [];
	for (const hit of scores.keys()) {
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
		headlinePerTerm.filter((matches) => matches.has(hit.id)).length;
	const score = (hit: PagefindHit) => scores.get(hit) ?? 0;
	results.sort((a, b) => headlineHits(b) - headlineHits(a) || score(b) - score(a) || newer(a, b));
	return { results, counts };
}
