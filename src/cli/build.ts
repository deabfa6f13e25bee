/**
 * `npm run build`: checks the content first, builds into a temporary folder, and only when
 * everything succeeded puts the new site in place of the old one. A failed build leaves the
 * last good site in dist/ exactly as it was. Arguments go on to `astro build` (`--base /yzb/`).
 *
 * The pages (Astro) and the search index (Pagefind) are built at the same time by two processes
 * of their own: each keeps one of the machine's cores busy (docs/decisions/004).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const target = resolve(outIndex === -1 ? 'dist' : (args[outIndex + 1] ?? 'dist'));
const passed =
	outIndex === -1 ? args : args.filter((_, index) => index !== outIndex && index !== outIndex + 1);
const staging = `${target}.building`;
const previous = `${target}.previous`;

// Node runs each step directly: no npx process sits beside them holding memory.
const require = createRequire(import.meta.url);
const binary = (pkg: string, file: string) =>
	join(dirname(require.resolve(`${pkg}/package.json`)), file);
const run = (script: string, scriptArgs: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(process.execPath, [script, ...scriptArgs], {
		stdio: 'inherit',
		shell: false,
		env: { ...process.env, ...env },
	}).status ?? 1;
const runAlongside = (script: string, scriptArgs: string[], env: NodeJS.ProcessEnv = {}) =>
	new Promise<number>((done) => {
		spawn(process.execPath, [script, ...scriptArgs], {
			stdio: 'inherit',
			shell: false,
			env: { ...process.env, ...env },
		})
			.once('error', () => {
				done(1);
			})
			.once('close', (code) => {
				done(code ?? 1);
			});
	});
const tsx = binary('tsx', 'dist/cli.mjs');
const astro = binary('astro', 'bin/astro.mjs');
const indexed = `${target}.index`;

if (run(tsx, ['src/cli/check.ts']) !== 0) {
	console.error('网站未更新：请先改正上面的内容错误。');
	process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
rmSync(indexed, { recursive: true, force: true });
// Astro empties its output folder when it starts, so the index is written beside it and moved in.
const [pages, search] = await Promise.all([
	runAlongside(astro, ['build', ...passed, '--outDir', staging], { YZB_SEARCH_INDEX: 'separate' }),
	runAlongside(tsx, ['src/cli/search-index.ts', indexed]),
]);
if (pages !== 0 || search !== 0) {
	rmSync(staging, { recursive: true, force: true });
	rmSync(indexed, { recursive: true, force: true });
	console.error(`网站未更新：构建失败，${target} 仍是上一次成功的版本。`);
	process.exit(1);
}
renameSync(join(indexed, 'pagefind'), join(staging, 'pagefind'));
rmSync(indexed, { recursive: true, force: true });

rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`网站已更新：${target}`);
