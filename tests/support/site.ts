import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The built real site. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The source text of the printed page, beside the repository. */
export const sourcePath = fileURLToPath(
	new URL('../../../shared/source/000_b3739def5275ffea.txt', import.meta.url),
);

/** Queries and the headlines of exactly the articles containing them, shared by the project. */
export const searchCasesPath = fileURLToPath(
	new URL('../../../shared/search-cases.tsv', import.meta.url),
);

/** Whether a built file exists, by its URL path (`/2026-01-08/` or `/pagefind/pagefind.js`). */
export function builtFileExists(urlPath: string): boolean {
	return existsSync(builtFilePath(urlPath));
}

/** The file in dist/ that serves `urlPath`. */
export function builtFilePath(urlPath: string): string {
	const relative = urlPath.replace(/^\//u, '');
	return distDir + (relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
}

/** Loads a built page by its URL path, parsed for queries. */
export function loadPage(urlPath: string): CheerioAPI {
	return load(readFileSync(builtFilePath(urlPath), 'utf8'));
}
