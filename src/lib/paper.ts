/** The fields of an article that decide where it sits in the paper. */
export interface PlacedArticle {
	/** Unique id: `YYYY-MM-DD/slug`. */
	id: string;
	/** Edition date, a Beijing calendar day. */
	date: string;
	/** The 版 it is printed on (its first part's, when it continues on another). */
	page: number;
	/** Position on its 版; unnumbered articles follow numbered ones. */
	order?: number | undefined;
	/** Headline, the tie-breaker among unnumbered articles. */
	title: string;
	/** The 版 its first part was printed on, when that part is elsewhere (上接N版). */
	continuedFrom?: number | undefined;
	/** The 版 its second part is printed on (下转N版). */
	continuedTo?: number | undefined;
}

/** What an edition's data file says about one 版. */
export interface PageInfo {
	number: number;
	name?: string | undefined;
	editor?: string | undefined;
}

/** An article as one 版 lists it, with the jump the paper prints beside it, if any. */
export interface PageEntry<T extends PlacedArticle> {
	article: T;
	/** `to`: the article goes on to another 版 (转第N版); `from`: it comes from one (接第N版). */
	jump?: { direction: 'to' | 'from'; page: number };
}

/** One 版 of an edition with its entries in print order. */
export interface PaperPage<T extends PlacedArticle> extends PageInfo {
	/** Articles printed on this 版 in print order, then continuations of articles begun elsewhere. */
	entries: PageEntry<T>[];
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

/** The entry of an article on its own 版, with the jump printed there. */
function ownEntry<T extends PlacedArticle>(article: T): PageEntry<T> {
	if (article.continuedTo !== undefined) {
		return { article, jump: { direction: 'to', page: article.continuedTo } };
	}
	if (article.continuedFrom !== undefined) {
		return { article, jump: { direction: 'from', page: article.continuedFrom } };
	}
	return { article };
}

/**
 * Groups articles into editions (newest first) and 版 (ascending). Each 版 lists its own
 * articles in print order, then the second parts of articles begun on another 版. Page names
 * come from `pageInfo` by date; a date or 版 without such data still appears.
 */
export function groupIntoEditions<T extends PlacedArticle>(
	articles: readonly T[],
	pageInfo: ReadonlyMap<string, readonly PageInfo[]> = new Map(),
): PaperEdition<T>[] {
	const byDate = new Map<string, Map<number, { own: T[]; continued: T[] }>>();
	const pageOf = (date: string, number: number) => {
		const pages = byDate.get(date) ?? new Map<number, { own: T[]; continued: T[] }>();
		byDate.set(date, pages);
		const page = pages.get(number) ?? { own: [], continued: [] };
		pages.set(number, page);
		return page;
	};

	for (const article of articles) {
		pageOf(article.date, article.page).own.push(article);
		if (article.continuedTo !== undefined) {
			pageOf(article.date, article.continuedTo).continued.push(article);
		}
	}

	return [...byDate.entries()]
		.sort(([a], [b]) => (a < b ? 1 : -1))
		.map(([date, pages]) => ({
			date,
			pages: [...pages.entries()]
				.sort(([a], [b]) => a - b)
				.map(([number, { own, continued }]) => ({
					...pageInfo.get(date)?.find((info) => info.number === number),
					number,
					entries: [
						...own.sort(comparePrintOrder).map(ownEntry),
						...continued.sort(comparePrintOrder).map((article) => ({
							article,
							jump: { direction: 'from' as const, page: article.page },
						})),
					],
				})),
		}));
}

/** Every article of an edition once, in print order: 版 by 版, at its first part. */
export function editionSequence<T extends PlacedArticle>(edition: PaperEdition<T>): T[] {
	return edition.pages.flatMap((page) =>
		page.entries
			.filter((entry) => entry.article.page === page.number)
			.map((entry) => entry.article),
	);
}

/** The items before and after position `index` of `list`. */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
	return {
		...(index > 0 ? { previous: list[index - 1] } : {}),
		...(index >= 0 && index < list.length - 1 ? { next: list[index + 1] } : {}),
	};
}

/** The 版 as readers name it: 第2版, with its name when it has one (第2版 要闻). */
export function pageLabel(page: PageInfo): string {
	return page.name ? `第${page.number}版 ${page.name}` : `第${page.number}版`;
}
