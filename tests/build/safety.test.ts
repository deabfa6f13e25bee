import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/site';

const work = 'tests/.output/safety';

/** Every file of a built site with the hash of its content. */
function snapshot(root: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(root, { recursive: true })
			.map(String)
			.filter(
				(file) =>
					!file.endsWith('/') && existsSync(`${root}/${file}`) && !readdirSafe(`${root}/${file}`),
			)
			.sort()
			.map((file) => [
				file,
				createHash('sha256')
					.update(readFileSync(`${root}/${file}`))
					.digest('hex'),
			]),
	);
}

/** Whether `path` is a folder. */
function readdirSafe(path: string): boolean {
	try {
		readdirSync(path);
		return true;
	} catch {
		return false;
	}
}

/** Runs an npm script in the repository with extra environment; returns its exit code and output. */
function npm(args: string[], env: Record<string, string>) {
	const result = spawnSync('npm', args, {
		cwd: repoRoot,
		env: { ...process.env, ...env },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a build that fails', () => {
	it('leaves the last good site exactly as it was, and says why in Chinese', () => {
		rmSync(`${repoRoot}${work}`, { recursive: true, force: true });
		cpSync(`${repoRoot}tests/fixtures/archive`, `${repoRoot}${work}/content`, { recursive: true });
		const env = { YZB_CONTENT_DIR: `${work}/content`, YZB_CACHE_DIR: `${work}/cache` };
		const build = ['run', 'build', '--', '--outDir', `${work}/site`];

		expect(npm(build, env).status).toBe(0);
		const good = snapshot(`${repoRoot}${work}/site`);
		expect(Object.keys(good)).toContain('2026-01-07/tiyu-saishi/index.html');

		const broken = `${repoRoot}${work}/content/articles/2026-01-07/tiyu-saishi.md`;
		writeFileSync(broken, readFileSync(broken, 'utf8').replace('page: 3', 'page: 第二版'));
		const failed = npm(build, env);
		expect(failed.status).not.toBe(0);
		expect(failed.output).toContain(
			`${work}/content/articles/2026-01-07/tiyu-saishi.md 第4行: page（版次）「第二版」应为正整数（如 2）`,
		);
		expect(failed.output).toContain('网站未更新');
		expect(snapshot(`${repoRoot}${work}/site`)).toEqual(good);
		expect(existsSync(`${repoRoot}${work}/site.building`)).toBe(false);
	}, 180_000);
});

/** Builds the fixture archive with the clock set to `zone`; returns where it went. */
function buildIn(zone: string): string {
	const out = `${work}/tz-${zone.replace('/', '-')}`;
	const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
		cwd: repoRoot,
		env: {
			...process.env,
			TZ: zone,
			YZB_CONTENT_DIR: 'tests/fixtures/archive',
			YZB_CACHE_DIR: `${out}-cache`,
			YZB_LIST_PAGE_SIZE: '2',
		},
		encoding: 'utf8',
	});
	expect(result.status).toBe(0);
	return `${repoRoot}${out}`;
}

/** Each page as a reader sees it: its text (dates included) and where its links go, in order. */
function pagesOf(root: string) {
	return Object.fromEntries(
		Object.keys(snapshot(root))
			.filter((file) => file.endsWith('.html'))
			.map((file) => {
				const $ = load(readFileSync(`${root}/${file}`, 'utf8'));
				const links = $('a[href]')
					.toArray()
					.map((link) => $(link).attr('href'));
				return [file, { text: $('body').text(), links }];
			}),
	);
}

describe('the build machine’s time zone', () => {
	it('changes no date and no order: UTC and Los Angeles build what Shanghai builds', () => {
		const shanghai = pagesOf(buildIn('Asia/Shanghai'));
		expect(Object.keys(shanghai).length).toBeGreaterThan(30);
		expect(JSON.stringify(shanghai)).toContain('2026年1月8日 星期四');
		expect(pagesOf(buildIn('UTC'))).toEqual(shanghai);
		expect(pagesOf(buildIn('America/Los_Angeles'))).toEqual(shanghai);
	}, 300_000);
});
