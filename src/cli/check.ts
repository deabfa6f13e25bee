/**
 * `npm run check`: every content rule, with the build's own messages, in seconds and without
 * building a page. Exit code 1 when anything must be fixed.
 */
import { pathToFileURL } from 'node:url';
import { checkArticles } from '../lib/content-check';
import { formatContentIssue, type ContentIssue } from '../lib/content-issue';
import { readEdition } from '../lib/edition-file';
import { readContentFiles } from '../loaders/content-files';
import { missingPhotos } from '../loaders/photos';

/** Checks the content under `root`; returns the errors and warnings, and how many articles. */
export async function checkContent(root: URL, contentDir: string) {
	const started = performance.now();
	const { files, issues } = await readContentFiles(root, `${contentDir}/articles`, '.md');
	const checked = checkArticles(files);
	const editions = await readContentFiles(root, `${contentDir}/editions`, '.yaml');
	const editionIssues = editions.files.flatMap(({ file, text }) => {
		const reading = readEdition(file, text);
		return reading.ok ? [] : reading.issues;
	});
	const errors: ContentIssue[] = [
		...issues,
		...checked.issues,
		...missingPhotos(root, checked.articles),
		...editions.issues,
		...editionIssues,
	];
	if (files.length === 0 && errors.length === 0) {
		errors.push({ file: `${contentDir}/articles`, message: '没有找到任何文章（.md 文件）' });
	}
	return {
		errors,
		warnings: checked.warnings,
		articles: checked.articles.length,
		elapsed: Math.round(performance.now() - started),
	};
}

const root = pathToFileURL(`${process.cwd()}/`);
const contentDir = process.env.YZB_CONTENT_DIR ?? 'content';
const result = await checkContent(root, contentDir);

for (const warning of result.warnings) console.warn(`提醒 ${formatContentIssue(warning)}`);
if (result.errors.length > 0) {
	console.error(`内容检查发现 ${result.errors.length} 处错误，请改正后再发布：`);
	for (const error of result.errors) console.error(`错误 ${formatContentIssue(error)}`);
	process.exitCode = 1;
} else {
	console.log(`内容检查通过：${result.articles} 篇文章，用时 ${result.elapsed} 毫秒。`);
}
