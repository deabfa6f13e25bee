import type { APIContext } from 'astro';
import { homePath, withBase } from '../lib/urls';

/** robots.txt: everything may be read; the sitemap is named with its full address. */
export function GET(context: APIContext): Response {
	const sitemap = new URL(withBase('sitemap-index.xml'), context.site).href;
	const body = `User-agent: *\nAllow: ${homePath()}\n\nSitemap: ${sitemap}\n`;
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
