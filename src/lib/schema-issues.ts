import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import type { ContentIssue } from './content-issue';

/** How an editor should read a field: its Chinese name and the form it must take. */
export interface FieldRule {
	label: string;
	expected: string;
}

/** Where a file's issues are reported: its path and the line of each front-matter key. */
export interface IssueSource {
	file: string;
	keyLines?: ReadonlyMap<string, number>;
}

/** A value as an editor wrote it, quoted for a message. */
function shownValue(value: unknown): string {
	if (typeof value === 'string') return value;
	return value === undefined ? '' : JSON.stringify(value);
}

/** Turns Zod's validation issues into Chinese messages that name the field and the value found. */
export function toContentIssues(
	issues: readonly z.core.$ZodIssue[],
	data: Record<string, unknown>,
	rules: Readonly<Record<string, FieldRule>>,
	source: IssueSource,
): ContentIssue[] {
	return issues.flatMap((issue): ContentIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			const known = Object.keys(rules);
			return issue.keys.map((key) => {
				const nearest = closest(key, known);
				const hint =
					distance(key, nearest) <= 2 ? `是否应为 ${nearest}？` : `可用字段：${known.join('、')}`;
				return {
					file: source.file,
					line: source.keyLines?.get(key),
					message: `未知字段 ${key}，${hint}`,
				};
			});
		}

		const field = String(issue.path[0] ?? '');
		const rule = rules[field];
		const line = source.keyLines?.get(field);
		const value = data[field];
		const name = rule ? `${field}（${rule.label}）` : field;

		if (value === undefined) {
			return [{ file: source.file, message: `缺少必填字段 ${name}` }];
		}

		// A field inside a list item, such as the alt text of the second photo.
		const [, index, inner] = issue.path;
		if (typeof index === 'number' && typeof inner === 'string') {
			const item = (value as Record<string, unknown>[])[index]?.[inner];
			const what =
				item === undefined || item === '' ? `缺少 ${inner}` : `${inner}「${shownValue(item)}」有误`;
			return [
				{
					file: source.file,
					line,
					message: `${name} 第${index + 1}项${what}：${rule?.expected ?? ''}`,
				},
			];
		}

		// A number or true/false written in quotes reads as text, which the editor cannot see.
		const wanted = issue.code === 'invalid_type' ? issue.expected : undefined;
		const looksLike =
			wanted === 'number' ? /^\d+$/u : wanted === 'boolean' ? /^(?:true|false)$/u : null;
		if (typeof value === 'string' && looksLike?.test(value)) {
			return [
				{
					file: source.file,
					line,
					message: `${name}「${value}」加了引号，被读成了文字：请去掉引号，如 ${field}: ${wanted === 'number' ? '2' : 'true'}`,
				},
			];
		}

		const expected = rule?.expected ?? issue.message;
		return [{ file: source.file, line, message: `${name}「${shownValue(value)}」${expected}` }];
	});
}
