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

/** Runs `npm run new` with `args`. */
const newArticle = (...args: string[]) => npm(['run', 'new', '--', ...args]);

describe('npm run new', () => {
	it('writes the article in its date folder with its front-matter, which check refuses until written', () => {
		rmSync(`${repoRoot}${content}`, { recursive: true, force: true });
		const made = newArticle(
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
		);
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
		const made = newArticle('--date', '2025-02-29', '--page', '3', '--title', '标题');
		expect(made.status).not.toBe(0);
		expect(made.output).toContain('--date 2025-02-29 不是日历上的日期：请检查月份和日子');
	});

	it('names a date without its leading zeros and a 版 written in Chinese numerals', () => {
		const short = newArticle('--date', '2026-1-9', '--page', '3', '--title', '标题');
		expect(short.status).not.toBe(0);
		expect(short.output).toContain(
			'--date 2026-1-9 格式不对：请写成 年-月-日，月和日都用两位数，如 --date 2026-01-08',
		);
		const chinese = newArticle('--date', '2026-01-09', '--page', '二', '--title', '标题');
		expect(chinese.status).not.toBe(0);
		expect(chinese.output).toContain(
			'--page 二 不是版次：版次是从 1 起的整数，前面不加 0，如第二版写 --page 2',
		);
	});

	it('answers an unknown option or a value starting with - in Chinese, with the usage', () => {
		for (const args of [
			['--titel', '标题'],
			['--date', '2026-01-09', '--page', '-1', '--title', '标题'],
		]) {
			const made = newArticle(...args);
			expect(made.status).not.toBe(0);
			expect(made.output).toContain(
				'无法读取参数：参数名只能是 --date、--page、--title、--byline、--slug，每个后面都要写值（以 - 开头的值请写成 --page=-1 这样）。',
			);
			expect(made.output).toContain('用法：npm run new -- --date 2026-01-08 --page 2');
			expect(made.output).not.toContain('ERR_PARSE_ARGS');
		}
	});
});
