import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './site';

/** Where the fixture archive is built to be served under /yzb/, as on a subpath host. */
export const yzbDir = fileURLToPath(new URL('../.output/yzb/', import.meta.url));

/** Builds the /yzb/ site when it is not built yet (`npm test` builds it afresh first). */
export default function buildYzbSite(): void {
	if (existsSync(`${yzbDir}index.html`) && existsSync(`${yzbDir}pagefind/shards.json`)) return;
	execFileSync('npm', ['run', 'build:yzb'], {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}
