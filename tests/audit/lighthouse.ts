/**
 * `npm run audit`: Lighthouse in mobile emulation on the home page and an article page of the
 * built site, served locally, with the machine's Chromium. Prints the four category scores.
 */
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { fileURLToPath } from 'node:url';
import { QUIET_FLAGS } from '../support/browser.ts';

const PAGES = ['/', '/2026-01-08/jingji-huiyi-fanxiang-1/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const port = 4399;
const origin = `http://127.0.0.1:${port}`;
const server = await preview({
	root: fileURLToPath(new URL('../../', import.meta.url)),
	logLevel: 'error',
	server: { host: '127.0.0.1', port },
});
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', ...QUIET_FLAGS],
});

try {
	for (const path of PAGES) {
		const result = await lighthouse(`${origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES,
		});
		const categories = result?.lhr.categories ?? {};
		const scores = CATEGORIES.map((name) => {
			const score = categories[name]?.score;
			return `${name} ${score === null || score === undefined ? '–' : Math.round(score * 100)}`;
		});
		console.log(`${path}: ${scores.join(', ')}`);
	}
} finally {
	chrome.kill();
	await server.stop();
}
