// @ts-check
import process from 'node:process';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/integrations/search-index.ts';

// The site's public address; hosts override it with SITE_URL (see README).
const site = process.env.SITE_URL ?? 'https://www.yuzhongbao.example';

export default defineConfig({
	site,
	// Test builds of fixture archives keep their own content cache (see tests/support).
	...(process.env.YZB_CACHE_DIR ? { cacheDir: process.env.YZB_CACHE_DIR } : {}),
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
		searchIndex(`${process.env.YZB_CONTENT_DIR ?? 'content'}/articles`),
	],
	vite: { plugins: [tailwindcss()] },
});
