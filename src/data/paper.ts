import { getCollection, type CollectionEntry } from 'astro:content';
import { groupIntoEditions, type PageInfo, type PaperEdition } from '../lib/paper';

/** An article as pages use it: its front-matter, its id and its rendered body. */
export type Article = CollectionEntry<'articles'>['data'] & {
	/** `YYYY-MM-DD/slug`. */
	id: string;
	/** The body rendered to HTML, once per build. */
	html: string;
};

/** The whole paper, derived once per build from the collections. */
export interface Paper {
	/** Editions, newest first, each with its 版 and their articles in print order. */
	editions: PaperEdition<Article>[];
	/** Every article, by id. */
	articles: ReadonlyMap<string, Article>;
	/** What each edition's data file says, by date. */
	editionData: ReadonlyMap<string, CollectionEntry<'editions'>['data']>;
}

let paper: Promise<Paper> | undefined;

async function derivePaper(): Promise<Paper> {
	const [entries, editionEntries] = await Promise.all([
		getCollection('articles'),
		getCollection('editions'),
	]);

	const articles = entries.map((entry): Article => ({
		...entry.data,
		id: entry.id,
		html: entry.rendered?.html ?? '',
	}));
	const editionData = new Map(editionEntries.map((entry) => [entry.id, entry.data]));
	const pageInfo = new Map<string, PageInfo[]>(
		editionEntries.map((entry) => [entry.id, entry.data.pages]),
	);

	return {
		editions: groupIntoEditions(articles, pageInfo),
		articles: new Map(articles.map((article) => [article.id, article])),
		editionData,
	};
}

/** The paper of this build; every page shares one derivation. */
export function loadPaper(): Promise<Paper> {
	paper ??= derivePaper();
	return paper;
}
