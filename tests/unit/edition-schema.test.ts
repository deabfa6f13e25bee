import { describe, expect, it } from 'vitest';
import { formatContentIssue } from '../../src/lib/content-issue';
import { readEdition } from '../../src/lib/edition-file';
import { editionSchema } from '../../src/schemas/edition';

describe('editionSchema', () => {
	it('reads an edition with named 版 and the reasons for what was inferred', () => {
		expect(
			editionSchema.parse({
				date: '2026-01-08',
				pages: [{ number: 2, name: '要闻' }],
				inferred: { date: '按次日见报推定' },
			}),
		).toEqual({
			date: '2026-01-08',
			pages: [{ number: 2, name: '要闻' }],
			inferred: { date: '按次日见报推定' },
		});
	});

	it('refuses the same 版 listed twice', () => {
		const parsed = editionSchema.safeParse({
			date: '2026-01-08',
			pages: [{ number: 2 }, { number: 2, name: '要闻' }],
		});
		expect(parsed.success).toBe(false);
	});

	it('refuses a date that does not exist', () => {
		expect(editionSchema.safeParse({ date: '2025-02-29' }).success).toBe(false);
	});
});

describe('readEdition', () => {
	const FILE = 'content/editions/2026-01-08.yaml';

	it('names the line of a 版 that is not a number', () => {
		const reading = readEdition(FILE, 'date: 2026-01-08\npages:\n  - number: 二\n');
		expect(reading.ok ? [] : reading.issues.map(formatContentIssue)).toEqual([
			`${FILE} 第2行: pages（版面） 第1项number「二」有误：应为列表，每项写 number（版次，每个版次只写一次），可写 name（版名）`,
		]);
	});

	it('refuses a date that differs from the file name', () => {
		const reading = readEdition(FILE, 'date: 2026-01-09\n');
		expect(reading.ok ? [] : reading.issues.map(formatContentIssue)).toEqual([
			`${FILE}: date「2026-01-09」与文件名不符，文件应名为 2026-01-09.yaml`,
		]);
	});
});
