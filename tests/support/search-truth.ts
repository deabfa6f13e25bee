import { readFileSync } from 'node:fs';
import { normaliseForSearch } from '../../src/lib/search-text';
import { loadPage } from './site';

/** The seven article pages of the real edition. */
export const ARTICLE_PATHS = [
	'/2026-01-08/kaimen-sanping/',
	'/2026-01-08/budongchan-dengji/',
	'/2026-01-08/hezuo-gongying/',
	'/2026-01-08/jingji-huiyi-fanxiang-1/',
	'/2026-01-08/yiwu-jiaoyu-junheng/',
	'/2026-01-08/quwei-jingji-gongzuo-huiyi/',
	'/2026-01-08/zhihui-dangjian/',
];

/** An article as the ground truth sees it: its headline and each searchable field, normalised. */
export interface TruthArticle {
	headline: string;
	fields: string[];
}

/** Reads the searchable fields of each built article page: headline, kicker, subtitle, byline, body. */
export function truthArticles(): TruthArticle[] {
	return ARTICLE_PATHS.map((path) => {
		const $ = loadPage(path);
		$('article .text-gap, article .page-jump').remove();
		const headline = $('article h1').text();
		const field = (selector: string) => $(`article header ${selector}`).first().text();
		const fields = [
			headline,
			field('.article-kicker'),
			field('.article-subtitle'),
			field('.byline'),
		]
			.concat($('article .article-body').text())
			.map(normaliseForSearch)
			.filter((text) => text !== '');
		return { headline, fields };
	});
}

/** Headlines of the articles containing every term of `query`, by a plain substring scan. */
export function expectedHeadlines(articles: readonly TruthArticle[], query: string): string[] {
	const terms = query.split(/\s+/u).map(normaliseForSearch).filter(Boolean);
	return articles
		.filter((article) =>
			terms.every((term) => article.fields.some((field) => field.includes(term))),
		)
		.map((article) => article.headline)
		.sort();
}

/** A small seeded generator (mulberry32), so that a failing case comes back on every run. */
function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** Every 2–4 character run of each normalised headline. */
export function headlineRuns(articles: readonly TruthArticle[]): string[] {
	const runs = new Set<string>();
	for (const article of articles) {
		const characters = [...(article.fields[0] ?? '')];
		for (let length = 2; length <= 4; length += 1) {
			for (let start = 0; start + length <= characters.length; start += 1) {
				runs.add(characters.slice(start, start + length).join(''));
			}
		}
	}
	return [...runs];
}

/**
 * `count` runs of `shortest`–`longest` (2–6 unless told) characters taken at random (seeded)
 * from the normalised bodies.
 */
export function bodyRuns(
	articles: readonly TruthArticle[],
	count: number,
	seed = 20260108,
	[shortest, longest] = [2, 6],
): string[] {
	const random = seeded(seed);
	const bodies = articles.map((article) => [...(article.fields.at(-1) ?? '')]);
	const runs = new Set<string>();
	while (runs.size < count) {
		const body = bodies[Math.floor(random() * bodies.length)] ?? [];
		const length = shortest + Math.floor(random() * (longest - shortest + 1));
		const start = Math.floor(random() * Math.max(body.length - length, 1));
		runs.add(body.slice(start, start + length).join(''));
	}
	return [...runs];
}

/**
 * `count` queries made of two random runs of the bodies put together (`bodyRuns` of 3–10
 * characters each): most stand in no article, though an article may hold both halves apart.
 */
export function joinedRuns(
	articles: readonly TruthArticle[],
	count: number,
	seed = 20260109,
): string[] {
	const halves = bodyRuns(articles, count * 2, seed, [3, 10]);
	return Array.from(
		{ length: count },
		(_, index) => `${halves[index] ?? ''}${halves[count + index] ?? ''}`,
	);
}

/**
 * `count` different single characters of the articles' fields, taken at random (seeded), the
 * last character of each field among them (it ends no pair of its own).
 */
export function characterRuns(
	articles: readonly TruthArticle[],
	count: number,
	seed = 20260109,
): string[] {
	const random = seeded(seed);
	const runs = new Set(
		articles.flatMap((article) => article.fields.map((field) => field.at(-1) ?? '')),
	);
	const characters = [...new Set(articles.flatMap((article) => [...article.fields.join('')]))];
	while (runs.size < count) {
		runs.add(characters[Math.floor(random() * characters.length)] ?? '');
	}
	return [...runs].filter((run) => run !== '');
}

/** The cases of ../shared/search-cases.tsv: query and the headlines expected. */
export function sharedCases(path: string): { query: string; headlines: string[] }[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))
		.map((line) => {
			const [query = '', headlines = ''] = line.split('\t');
			return { query, headlines: headlines === '' ? [] : headlines.split(' | ').sort() };
		});
}
