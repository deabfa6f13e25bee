import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/site';

const content = 'tests/.output/new-article';

/** Runs an npm script against a scratch content folder. */
function npm(args: string[]) {
	const result = spawnSync('npm', args, {
		cwd: repoRoot,
		env: { ...process.env, YZB_CONTENT_DIR: content },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
	it('writes the article in its date folder with its front-matter, which check refuses until written', () => {
		rmSync(`${repoRoot}${content}`, { recursive: true, force: true });
		const made = npm([
			'run',
			'new',
			'--',
			'--date',
			'2026-01-09',
			'--page',
			'3',
			'--title',
			'区委经济工作会议召开',
			'--byline',
			'首席记者 刘 侃',
			'--slug',
			'huiyi',
		]);
		expect(made.status).toBe(0);
		const file = `${content}/articles/2026-01-09/huiyi.md`;
		expect(readFileSync(`${repoRoot}${file}`, 'utf8')).toBe(
			'---\ntitle: 区委经济工作会议召开\ndate: 2026-01-09\npage: 3\nbyline: 首席记者 刘 侃\n---\n\n（在此写正文，写好后删去本行）\n',
		);

		const checked = npm(['run', 'check']);
		expect(checked.status).not.toBe(0);
		expect(checked.output).toContain(
			`${file}: 正文还是占位文字「（在此写正文，写好后删去本行）」：请写入正文`,
		);
	});

	it('refuses a date that does not exist', () => {
		const made = npm([
			'run',
			'new',
			'--',
			'--date',
			'2025-02-29',
			'--page',
			'3',
			'--title',
			'标题',
		]);
		expect(made.status).not.toBe(0);
		expect(made.output).toContain('请用 --date 给出出版日期，如 --date 2026-01-08');
	});
});
