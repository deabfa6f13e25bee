import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './site';

/** Where the fixture archive (three editions over two months) is built. */
export const fixtureDir = fileURLToPath(new URL('../.output/archive/', import.meta.url));

/** Builds the fixture archive once for the build tests; the real site is never touched. */
export default function buildFixtureSite(): void {
	execFileSync('npx', ['astro', 'build', '--outDir', fixtureDir], {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			YZB_CONTENT_DIR: 'tests/fixtures/archive',
			YZB_CACHE_DIR: 'tests/.output/archive-cache',
			YZB_LIST_PAGE_SIZE: '2',
		},
	});
}
