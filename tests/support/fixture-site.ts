import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './site';

/** Where the fixture archive (three editions over two months) is built. */
export const fixtureDir = fileURLToPath(new URL('../.output/archive/', import.meta.url));

/**
 * Builds the fixture archive for the tests when it is not built yet (`npm test` always builds
 * it afresh first, with `npm run build:fixture`); the real site is never touched.
 */
export default function buildFixtureSite(): void {
	if (existsSync(`${fixtureDir}index.html`) && existsSync(`${fixtureDir}pagefind/shards.json`))
		return;
	execFileSync('npm', ['run', 'build:fixture'], {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}
