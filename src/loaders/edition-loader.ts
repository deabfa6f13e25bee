import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content-issue';
import { FrontMatterError, parseFrontMatter } from '../lib/front-matter';
import { toContentIssues } from '../lib/schema-issues';
import { editionSchema } from '../schemas/edition';
import { readContentFiles } from './content-files';

const EDITION_FIELDS = {
	date: { label: '日期', expected: '应为实际存在的日期，写作 YYYY-MM-DD，并与文件名相同' },
	pages: {
		label: '版面',
		expected: '应为列表，每项写 number（版次，每个版次只写一次），可写 name（版名）',
	},
	inferred: { label: '推定说明', expected: '应写 date 或 pages 的推定理由' },
};

/** Loads content/editions/YYYY-MM-DD.yaml: optional facts about an edition and its 版. */
export function editionLoader(folder: string): Loader & { schema: typeof editionSchema } {
	return {
		name: 'yzb-editions',
		schema: editionSchema,
		async load({ config, store, logger }) {
			const { files, issues } = await readContentFiles(config.root, folder, '.yaml');
			store.clear();

			for (const { file, text } of files) {
				let document;
				try {
					// The same YAML reading as articles, without the --- fences.
					document = parseFrontMatter(`---\n${text}\n---\n`);
				} catch (error) {
					if (!(error instanceof FrontMatterError)) throw error;
					issues.push({ file, line: error.line && error.line - 1, message: error.message });
					continue;
				}

				const parsed = editionSchema.safeParse(document.data);
				if (!parsed.success) {
					const keyLines = new Map([...document.keyLines].map(([key, line]) => [key, line - 1]));
					const source = { file, keyLines };
					issues.push(
						...toContentIssues(parsed.error.issues, document.data, EDITION_FIELDS, source),
					);
					continue;
				}

				const expected = `${parsed.data.date}.yaml`;
				if (!file.endsWith(`/${expected}`)) {
					issues.push({
						file,
						message: `date「${parsed.data.date}」与文件名不符，文件应名为 ${expected}`,
					});
					continue;
				}
				store.set({ id: parsed.data.date, data: parsed.data, filePath: file });
			}

			if (issues.length > 0) throw new ContentError(issues);
			logger.info(`${files.length} edition data files read`);
		},
	};
}
