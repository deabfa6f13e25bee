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

describe('parseFrontMatter: values YAML would misread', () => {
	const lineOf = (text: string) => {
		try {
			parseFrontMatter(text);
		} catch (error) {
			return [(error as FrontMatterError).line, (error as FrontMatterError).message];
		}
		return undefined;
	};

	it('refuses a # that would cut a headline short, on its line', () => {
		expect(lineOf('---\ndate: 2026-01-08\ntitle: 话题 #渝中 新闻\n---\nx')).toEqual([
			3,
			'title 的值中「 #」之后的文字会被当作注释而丢失：含 # 的值请用英文双引号括起来',
		]);
	});

	it('refuses a headline starting with *, which YAML reads as a reference', () => {
		expect(lineOf('---\ntitle: *重磅*消息\n---\nx')).toEqual([
			2,
			'前置信息中以 * 或 & 开头的值会被 YAML 当作引用而无法读取：请把整个值用英文双引号括起来',
		]);
	});

	it('reads the same values once they are quoted', () => {
		expect(parseFrontMatter('---\ntitle: "话题 #渝中 *新闻*"\n---\nx').data).toEqual({
			title: '话题 #渝中 *新闻*',
		});
	});
});
