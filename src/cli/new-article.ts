/**
 * `npm run new -- --date 2026-01-08 --page 2 --title "…" --byline "…" [--slug name]`: writes a
 * new article file in the right folder with its front-matter filled in and a placeholder body
 * that `npm run check` refuses until it is replaced.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { isCalendarDay } from '../lib/beijing-day';
import { PLACEHOLDER_BODY } from '../lib/article-file';
import { toPinyinSlug } from '../lib/slug';

const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

const USAGE =
	'用法：npm run new -- --date 2026-01-08 --page 2 --title "标题" [--byline "记者 某某"] [--slug 文件名]';

const readArguments = () => {
	try {
		return parseArgs({
			options: {
				date: { type: 'string' },
				page: { type: 'string' },
				title: { type: 'string' },
				byline: { type: 'string' },
				slug: { type: 'string' },
			},
		}).values;
	} catch {
		return fail(
			`无法读取参数：参数名只能是 --date、--page、--title、--byline、--slug，每个后面都要写值（以 - 开头的值请写成 --page=-1 这样）。\n${USAGE}`,
		);
	}
};
const values = readArguments();

if (!values.date) fail(`请用 --date 给出出版日期，如 --date 2026-01-08\n${USAGE}`);
else if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.date))
	fail(`--date ${values.date} 格式不对：请写成 年-月-日，月和日都用两位数，如 --date 2026-01-08`);
else if (!isCalendarDay(values.date))
	fail(`--date ${values.date} 不是日历上的日期：请检查月份和日子`);
if (!values.page) fail(`请用 --page 给出版次（正整数），如 --page 2\n${USAGE}`);
else if (!/^[1-9]\d*$/u.test(values.page))
	fail(`--page ${values.page} 不是版次：版次是从 1 起的整数，前面不加 0，如第二版写 --page 2`);
if (!values.title?.trim()) fail('请用 --title 给出标题，如 --title "区委经济工作会议召开"');

const date = values.date ?? '';
const title = values.title?.trim() ?? '';
const slug = values.slug ?? toPinyinSlug(title).split('-').slice(0, 6).join('-');
const folder = `${process.env.YZB_CONTENT_DIR ?? 'content'}/articles/${date}`;
const file = `${folder}/${slug}.md`;
if (existsSync(file)) fail(`${file} 已经存在：请用 --slug 另取文件名`);

const frontMatter = {
	title,
	date,
	page: Number(values.page),
	...(values.byline ? { byline: values.byline } : {}),
};
mkdirSync(folder, { recursive: true });
writeFileSync(file, `---\n${stringify(frontMatter)}---\n\n${PLACEHOLDER_BODY}\n`);
console.log(`已新建 ${file}：请写入正文，再运行 npm run check。`);
