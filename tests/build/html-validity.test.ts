import { readdirSync, readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/site';
import { yzbDir } from '../support/yzb-site';

const validator = new HtmlValidate();

/** Every HTML file of a built site. */
const htmlFiles = (root: string) =>
	readdirSync(root, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'))
		.sort();

describe.each([
	['the real site', distDir],
	['the /yzb/ build', yzbDir],
])('html-validate on %s', (_name, root) => {
	it('finds no error on any page', async () => {
		const errors: string[] = [];
		for (const file of htmlFiles(root)) {
			const report = await validator.validateString(readFileSync(`${root}${file}`, 'utf8'), file);
			for (const result of report.results) {
				for (const message of result.messages) {
					errors.push(
						`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
					);
				}
			}
		}
		expect(htmlFiles(root).length).toBeGreaterThan(20);
		expect(errors).toEqual([]);
	});
});
