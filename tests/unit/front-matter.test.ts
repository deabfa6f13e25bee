import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from '../../src/lib/front-matter';

describe('parseFrontMatter', () => {
	it('keeps a date as written and reads 08 as 8', () => {
		const document = parseFrontMatter('---\ndate: 2026-01-08\npage: 08\n---\n正文\n');
		expect(document.data).toEqual({ date: '2026-01-08', page: 8 });
		expect(document.body).toBe('正文\n');
		expect([...document.keyLines]).toEqual([
			['date', 2],
			['page', 3],
		]);
	});

	it('keeps a value like 10:30 as text rather than a number of minutes', () => {
		expect(parseFrontMatter('---\npage: 10:30\n---\nx').data).toEqual({ page: '10:30' });
	});

	it('refuses a file without front-matter', () => {
		expect(() => parseFrontMatter('正文')).toThrow(FrontMatterError);
	});

	it('refuses a key written twice, on its line', () => {
		try {
			parseFrontMatter('---\ntitle: 甲\ntitle: 乙\n---\nx');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(FrontMatterError);
			expect((error as FrontMatterError).line).toBe(3);
		}
	});
});
