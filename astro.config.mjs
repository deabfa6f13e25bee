// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { movedArticles } from './src/integrations/moved-articles.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// The site's public address, set in one place; hosts override it with SITE_URL (see README).
const site = process.env.SITE_URL || 'https://www.yuzhongbao.example';
if (!URL.canParse(site) || !/^https?:$/u.test(new URL(site).protocol)) {
	throw new Error(`SITE_URL「${site}」不是完整的网址：应写成 https://www.example.cn 这样的形式`);
}

// Tests point the build at a fixture archive with YZB_CONTENT_DIR.
const articles = `${process.env.YZB_CONTENT_DIR ?? 'content'}/articles`;

export default defineConfig({
	site,
	// Test builds of fixture archives keep their own content cache (see tests/support).
	...(process.env.YZB_CACHE_DIR ? { cacheDir: process.env.YZB_CACHE_DIR } : {}),
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
		searchIndex(articles),
		movedArticles(articles),
	],
	vite: { plugins: [tailwindcss()] },
	// The content store is written and bundled in parts: as one file, a large archive's store
	// outgrows the longest string the bundler can take.
	experimental: { collectionStorage: 'chunked' },
});
