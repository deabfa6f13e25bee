import { bylineNames } from './byline';
import { comparePrintOrder, type PlacedArticle } from './paper';

/** Article fields that the reporter, series and rubric pages group by. */
export interface GroupedArticle extends PlacedArticle {
	byline?: string | undefined;
	series?: string | undefined;
	part?: number | undefined;
	rubric?: string | undefined;
}

/** Newest edition first; within an edition, 版 then print order. */
export function compareNewestFirst(a: PlacedArticle, b: PlacedArticle): number {
	if (a.date !== b.date) return a.date < b.date ? 1 : -1;
	return a.page - b.page || comparePrintOrder(a, b);
}

/** Groups articles under every key `keysOf` gives them, each group sorted by `compare`. */
function groupUnder<T extends GroupedArticle>(
	articles: readonly T[],
	keysOf: (article: T) => readonly string[],
	compare: (a: T, b: T) => number,
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const article of articles) {
		for (const key of keysOf(article)) groups.set(key, [...(groups.get(key) ?? []), article]);
	}
	for (const list of groups.values()) list.sort(compare);
	return groups;
}

/** Each reporter named in a byline (刘 侃 and 刘侃 are one) with their articles, newest first. */
export function groupByReporter<T extends GroupedArticle>(
	articles: readonly T[],
): Map<string, T[]> {
	return groupUnder(articles, (article) => bylineNames(article.byline ?? ''), compareNewestFirst);
}

/** Each series with its parts in order. */
export function groupBySeries<T extends GroupedArticle>(articles: readonly T[]): Map<string, T[]> {
	return groupUnder(
		articles,
		(article) => (article.series ? [article.series] : []),
		(a, b) => (a.part ?? 0) - (b.part ?? 0) || compareNewestFirst(b, a),
	);
}

/** Each rubric (栏目) with its articles, newest first. */
export function groupByRubric<T extends GroupedArticle>(articles: readonly T[]): Map<string, T[]> {
	return groupUnder(
		articles,
		(article) => (article.rubric ? [article.rubric] : []),
		compareNewestFirst,
	);
}
