import { load, type CheerioAPI } from 'cheerio';
import { readFileSync } from 'node:fs';
import { fixtureDir } from './fixture-site';

/** Loads a page of the built fixture archive by its URL path. */
export function loadFixturePage(urlPath: string): CheerioAPI {
	const relative = urlPath.replace(/^\//u, '');
	return load(readFileSync(`${fixtureDir}${relative}index.html`, 'utf8'));
}

/** The href of the link marked rel=prev or rel=next inside `scope`, if any. */
export function relLink($: CheerioAPI, scope: string, rel: 'prev' | 'next'): string | undefined {
	return $(`${scope} a[rel="${rel}"]`).attr('href');
}
