import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { distDir, repoRoot } from './site';

/** Builds the real site once when no build is there; `npm test` builds it before the tests. */
export default function requireBuild(): void {
	if (existsSync(`${distDir}index.html`) && existsSync(`${distDir}pagefind/shards.json`)) return;
	execFileSync('npx', ['astro', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}
