import { editionSchema, type EditionData } from '../schemas/edition';
import type { ContentIssue } from './content-issue';
import { FrontMatterError, parseFrontMatter } from './front-matter';
import { toContentIssues } from './schema-issues';

const EDITION_FIELDS = {
	date: { label: '日期', expected: '应为实际存在的日期，写作 YYYY-MM-DD，并与文件名相同' },
	pages: {
		label: '版面',
		expected: '应为列表，每项写 number（版次，每个版次只写一次），可写 name（版名）',
	},
	inferred: { label: '推定说明', expected: '应写 date 或 pages 的推定理由' },
};

/** What reading one edition file gives: its data, or the reasons it cannot be used. */
export type EditionReading =
	{ ok: true; edition: EditionData } | { ok: false; issues: ContentIssue[] };

/** Reads and checks content/editions/YYYY-MM-DD.yaml (path from the repository root). */
export function readEdition(file: string, text: string): EditionReading {
	let document;
	try {
		// The same YAML reading as articles, without the --- fences around it.
		document = parseFrontMatter(`---\n${text}\n---\n`);
	} catch (error) {
		if (!(error instanceof FrontMatterError)) throw error;
		return {
			ok: false,
			issues: [{ file, line: error.line && error.line - 1, message: error.message }],
		};
	}

	const parsed = editionSchema.safeParse(document.data);
	if (!parsed.success) {
		const keyLines = new Map([...document.keyLines].map(([key, line]) => [key, line - 1]));
		const issues = toContentIssues(parsed.error.issues, document.data, EDITION_FIELDS, {
			file,
			keyLines,
		});
		return { ok: false, issues };
	}

	const expected = `${parsed.data.date}.yaml`;
	if (!file.endsWith(`/${expected}`)) {
		const message = `date「${parsed.data.date}」与文件名不符，文件应名为 ${expected}`;
		return { ok: false, issues: [{ file, message }] };
	}
	return { ok: true, edition: parsed.data };
}
