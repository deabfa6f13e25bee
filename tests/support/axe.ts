import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe violation, short enough to read in a failing test. */
export interface Violation {
	id: string;
	impact: string | null | undefined;
	targets: string[];
}

/** Runs axe-core on the page for WCAG 2.2 A and AA and axe's best practices. */
export async function axeViolations(page: Page): Promise<Violation[]> {
	await page.addScriptTag({ path: axePath });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const result = await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: [
					'wcag2a',
					'wcag2aa',
					'wcag21a',
					'wcag21aa',
					'wcag22a',
					'wcag22aa',
					'best-practice',
				],
			},
		});
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	});
}
