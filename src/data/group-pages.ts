import type { PaginateFunction } from 'astro';
import { ARTICLES_PER_LIST_PAGE } from '../lib/pagination';
import type { ArticleGroup } from './paper';

/** The paginated pages of every group of one kind (reporters, series or rubrics), by slug. */
export function paginateGroups(
	groups: ReadonlyMap<string, ArticleGroup>,
	paginate: PaginateFunction,
) {
	return [...groups.values()].flatMap((group) =>
		paginate(group.articles, {
			params: { group: group.slug },
			props: { group },
			pageSize: ARTICLES_PER_LIST_PAGE,
		}),
	);
}
