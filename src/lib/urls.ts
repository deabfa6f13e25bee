/**
 * Every URL of the site is made here. The scheme (docs/urls.md):
 *   /                         the latest edition
 *   /2026-01-08/              an edition
 *   /2026-01-08/page-2/       one 版 of it
 *   /2026-01-08/<file-name>/  an article: its date and its Markdown file's name
 *   /archive/, /archive/2026/ the archive (往期), by year
 *   /reporters/liu-kan/       a reporter's articles; /reporters/liu-kan/2/ the next page of them
 *   /series/<pinyin>/         a series; /rubrics/<pinyin>/ a rubric (栏目)
 *   /search/?q=…              search
 * Every path ends with a slash; all of them sit under the configured base path.
 */

/** The base path the site is served under, always starting and ending with a slash. */
export function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/gu, '');
	return trimmed ? `/${trimmed}/` : '/';
}

// Outside Vite (the build's integrations) there is no import.meta.env; they pass the base.
const env = import.meta.env as Partial<ImportMetaEnv> | undefined;
const siteBase = normaliseBase(env?.BASE_URL ?? '/');

/** `path` (relative to the site root, no leading slash) under the base path. */
export function withBase(path: string, base: string = siteBase): string {
	return normaliseBase(base) + path.replace(/^\/+/u, '');
}

/** The home page: the latest edition. */
export function homePath(): string {
	return withBase('');
}

/** An edition's page: /2026-01-08/. */
export function editionPath(date: string): string {
	return withBase(`${date}/`);
}

/** One 版 of an edition: /2026-01-08/page-2/. */
export function pagePath(date: string, page: number): string {
	return withBase(`${date}/page-${page}/`);
}

/** The URL segment of an article, also its content id: 2026-01-08/kaimen-sanping. */
export function articleId(date: string, slug: string): string {
	return `${date}/${slug}`;
}

/** An article's page: /2026-01-08/kaimen-sanping/. */
export function articlePath(date: string, slug: string): string {
	return withBase(`${articleId(date, slug)}/`);
}

/** The archive (往期): its front page, or one year's month calendars. */
export function archivePath(year?: number): string {
	return withBase(year === undefined ? 'archive/' : `archive/${year}/`);
}

/** Page `page` (from 1) of a paginated list under `folder`. */
function listPath(folder: string, page: number): string {
	return withBase(page > 1 ? `${folder}${page}/` : folder);
}

/** The list of all reporters. */
export function reportersPath(): string {
	return withBase('reporters/');
}

/** A reporter's articles, newest first; `page` counts from 1. */
export function reporterPath(slug: string, page = 1): string {
	return listPath(`reporters/${slug}/`, page);
}

/** A series' parts in order. */
export function seriesPath(slug: string, page = 1): string {
	return listPath(`series/${slug}/`, page);
}

/** A rubric's (栏目) articles, newest first. */
export function rubricPath(slug: string, page = 1): string {
	return listPath(`rubrics/${slug}/`, page);
}

/** The search page, with a query when one is given. */
export function searchPath(query?: string): string {
	const path = withBase('search/');
	return query ? `${path}?${new URLSearchParams({ q: query }).toString()}` : path;
}

/** Where the search index is written and loaded from. */
export function searchIndexPath(): string {
	return withBase('pagefind/');
}

/** A file name that can be an article's URL segment: lower-case ASCII words joined by hyphens. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Slugs that would collide with the site's own pages under a date. */
export const RESERVED_SLUG = /^page-\d+$/u;
