import { load } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A built site read from disk: its pages and the internal links of each. */
export interface SiteGraph {
	/** URL path of every page (`/2026-01-08/`), with the addresses it links to. */
	links: Map<string, string[]>;
	/** Internal addresses some page uses that no file serves, with the page using them. */
	broken: { from: string; to: string }[];
}

/** The URL path a built HTML file is served at, under the site's base path. */
function pathOfFile(relative: string, base: string): string {
	const path = `${base}${relative.split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Whether a file in `root`, served under `base`, serves the URL path `path`. */
export function serves(root: string, path: string, base = '/'): boolean {
	if (!path.startsWith(base)) return false;
	const inside = `/${path.slice(base.length)}`;
	const file = inside.endsWith('/') ? `${inside}index.html` : inside;
	return existsSync(join(root, decodeURIComponent(file)));
}

/** Reads every HTML file of the site in `root` (served under `base`) and checks each link. */
export function readSite(root: string, base = '/'): SiteGraph {
	const files = readdirSync(root, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'));
	const links = new Map<string, string[]>();
	const broken: { from: string; to: string }[] = [];

	for (const file of files) {
		const from = pathOfFile(file, base);
		const $ = load(readFileSync(join(root, file), 'utf8'));
		const targets = $('a[href], link[href], script[src], img[src], form[action]')
			.toArray()
			.map(
				(element) => $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action'),
			)
			.filter((target): target is string => target !== undefined)
			.map((target) => new URL(target, `http://site${from}`))
			.filter((url) => url.host === 'site')
			.map((url) => url.pathname);

		links.set(from, [...new Set(targets)]);
		for (const to of targets) if (!serves(root, to, base)) broken.push({ from, to });
	}
	return { links, broken };
}

/** The fewest clicks from `start` to each page reachable through `<a>` links. */
export function clickDepths(root: string, start: string): Map<string, number> {
	const depths = new Map([[start, 0]]);
	const queue = [start];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		const file = path.endsWith('/') ? `${path}index.html` : path;
		if (!file.endsWith('.html') || !serves(root, path)) continue;
		const $ = load(readFileSync(join(root, file), 'utf8'));
		for (const element of $('a[href]').toArray()) {
			const url = new URL($(element).attr('href') ?? '', `http://site${path}`);
			if (url.host !== 'site' || depths.has(url.pathname)) continue;
			depths.set(url.pathname, (depths.get(path) ?? 0) + 1);
			queue.push(url.pathname);
		}
	}
	return depths;
}
