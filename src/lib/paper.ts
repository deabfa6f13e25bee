/** The fields of an article that decide where it sits in the paper. */
export interface PlacedArticle {
	/** Unique id: `YYYY-MM-DD/slug`. */
	id: string;
	/** Edition date, a Beijing calendar day. */
	date: string;
	/** The 版 it is printed on. */
	page: number;
	/** Position on its 版; unnumbered articles follow numbered ones. */
	order?: number | undefined;
	/** Headline, the tie-breaker among unnumbered articles. */
	title: string;
}

/** What an edition's data file says about one 版. */
export interface PageInfo {
	number: number;
	name?: string | undefined;
	editor?: string | undefined;
}

/** One 版 of an edition with its articles in print order. */
export interface PaperPage<T extends PlacedArticle> extends PageInfo {
	articles: T[];
}

/** One day's paper: its 版 in order. */
export interface PaperEdition<T extends PlacedArticle> {
	/** The edition date, a Beijing calendar day. */
	date: string;
	pages: PaperPage<T>[];
}

/** Compares two articles of one 版 in print order. */
export function comparePrintOrder(a: PlacedArticle, b: PlacedArticle): number {
	const orderA = a.order ?? Number.POSITIVE_INFINITY;
	const orderB = b.order ?? Number.POSITIVE_INFINITY;
	if (orderA !== orderB) return orderA < orderB ? -1 : 1;
	return a.title.localeCompare(b.title, 'zh-CN') || a.id.localeCompare(b.id);
}

/**
 * Groups articles into editions (newest first) and 版 (ascending), each 版's articles in print
 * order. Page names come from `pageInfo` by date; a date or 版 without such data still appears.
 */
export function groupIntoEditions<T extends PlacedArticle>(
	articles: readonly T[],
	pageInfo: ReadonlyMap<string, readonly PageInfo[]> = new Map(),
): PaperEdition<T>[] {
	const byDate = new Map<string, Map<number, T[]>>();
	for (const article of articles) {
		const pages = byDate.get(article.date) ?? new Map<number, T[]>();
		pages.set(article.page, [...(pages.get(article.page) ?? []), article]);
		byDate.set(article.date, pages);
	}

	return [...byDate.entries()]
		.sort(([a], [b]) => (a < b ? 1 : -1))
		.map(([date, pages]) => ({
			date,
			pages: [...pages.entries()]
				.sort(([a], [b]) => a - b)
				.map(([number, pageArticles]) => ({
					...pageInfo.get(date)?.find((info) => info.number === number),
					number,
					articles: pageArticles.sort(comparePrintOrder),
				})),
		}));
}

/** The 版 as readers name it: 第2版, with its name when it has one (第2版 要闻). */
export function pageLabel(page: PageInfo): string {
	return page.name ? `第${page.number}版 ${page.name}` : `第${page.number}版`;
}
