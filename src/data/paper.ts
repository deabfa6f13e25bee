import { getCollection, type CollectionEntry } from 'astro:content';
import { archiveYears, type ArchiveYear } from '../lib/calendar';
import { groupByReporter, groupByRubric, groupBySeries } from '../lib/groupings';
import { editionSequence, groupIntoEditions, type PageInfo, type PaperEdition } from '../lib/paper';
import { assignSlugs } from '../lib/slug';

/** An article as pages use it: its front-matter and its id (its body: see article-body.ts). */
export type Article = CollectionEntry<'articles'>['data'] & {
	/** `YYYY-MM-DD/slug`. */
	id: string;
};

/** A named list of articles with its own pages: a reporter, a series or a rubric. */
export interface ArticleGroup {
	/** The name as printed: 刘侃, 创先争优 看渝中. */
	name: string;
	/** Its URL segment, in pinyin. */
	slug: string;
	articles: Article[];
}

/** The whole paper, derived once per build from the collections. */
export interface Paper {
	/** Editions, newest first, each with its 版 and their entries in print order. */
	editions: PaperEdition<Article>[];
	/** Every article of each edition once, in print order, by date. */
	sequences: ReadonlyMap<string, Article[]>;
	/** Every article, by id. */
	articles: ReadonlyMap<string, Article>;
	/** What each edition's data file says, by date. */
	editionData: ReadonlyMap<string, CollectionEntry<'editions'>['data']>;
	/** Reporters by name, each with their articles newest first. */
	reporters: ReadonlyMap<string, ArticleGroup>;
	/** Series by name, each with its parts in order. */
	series: ReadonlyMap<string, ArticleGroup>;
	/** Rubrics by name, each with its articles newest first. */
	rubrics: ReadonlyMap<string, ArticleGroup>;
	/** Years of the archive with their months, newest first. */
	archive: ArchiveYear[];
}

/** Names each group and gives it a pinyin slug that no other group of its kind has. */
function namedGroups(groups: Map<string, Article[]>): Map<string, ArticleGroup> {
	const slugs = assignSlugs(groups.keys());
	return new Map(
		[...groups].map(([name, articles]) => [
			name,
			{ name, slug: slugs.get(name) ?? name, articles },
		]),
	);
}

async function derivePaper(): Promise<Paper> {
	const [entries, editionEntries] = await Promise.all([
		getCollection('articles'),
		getCollection('editions'),
	]);

	const articles = entries.map((entry): Article => ({
		...entry.data,
		id: entry.id,
	}));
	const editionData = new Map(editionEntries.map((entry) => [entry.id, entry.data]));
	const pageInfo = new Map<string, PageInfo[]>(
		editionEntries.map((entry) => [entry.id, entry.data.pages]),
	);
	const editions = groupIntoEditions(articles, pageInfo);

	return {
		editions,
		sequences: new Map(editions.map((edition) => [edition.date, editionSequence(edition)])),
		articles: new Map(articles.map((article) => [article.id, article])),
		editionData,
		reporters: namedGroups(groupByReporter(articles)),
		series: namedGroups(groupBySeries(articles)),
		rubrics: namedGroups(groupByRubric(articles)),
		archive: archiveYears(editions.map((edition) => edition.date)),
	};
}

let paper: Promise<Paper> | undefined;

/** The paper of this build; every page shares one derivation. */
export function loadPaper(): Promise<Paper> {
	paper ??= derivePaper();
	return paper;
}
