import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { strings } from '../i18n/strings';
import { formerId } from '../lib/article-file';
import { articleId, withBase } from '../lib/urls';
import { publishedArticles } from './article-sources';

/**
 * The page left at an article's former address: it sends the reader on at once, and names the
 * new address as canonical so that search engines move too. Paths are checked ASCII
 * (lower-case letters, digits, hyphens), so they need no escaping.
 */
function movedPage(target: string, canonical: string): string {
	return `<!DOCTYPE html>
<html lang="zh-CN">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>${strings.movedTitle}</title>
		<link rel="canonical" href="${canonical}">
		<meta name="robots" content="noindex">
		<meta http-equiv="refresh" content="0; url=${target}">
	</head>
	<body>
		<main>
			<h1>${strings.movedTitle}</h1>
			<p>${strings.movedBody}<a href="${target}">${canonical}</a></p>
		</main>
	</body>
</html>
`;
}

/** Writes a forwarding page at every former address an article lists (formerPaths). */
export function movedArticles(contentFolder: string): AstroIntegration {
	let root: URL;
	let base = '/';
	let site: string | undefined;

	return {
		name: 'moved-articles',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
				base = config.base;
				site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				let written = 0;
				for (const article of await publishedArticles(root, contentFolder)) {
					const target = withBase(`${articleId(article.data.date, article.slug)}/`, base);
					const canonical = new URL(target, site).href;
					for (const path of article.data.formerPaths) {
						const folder = new URL(`${formerId(path)}/`, dir);
						await mkdir(folder, { recursive: true });
						await writeFile(new URL('index.html', folder), movedPage(target, canonical));
						written += 1;
					}
				}
				if (written > 0) logger.info(`${written} former addresses forward to their articles`);
			},
		},
	};
}
