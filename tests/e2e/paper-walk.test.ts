import { describe, expect, it } from 'vitest';
import { REAL_HEADLINES } from '../support/real-edition';
import { useBrowserSession } from '../support/session';

const PRINT_ORDER = REAL_HEADLINES;

/** Clicks the article navigation's link named `label` while there is one; the headlines seen. */
async function followAll(label: RegExp): Promise<(string | null)[]> {
	const visited = [await session.page.locator('h1').textContent()];
	const link = session.page
		.getByRole('navigation', { name: '上一篇和下一篇' })
		.getByRole('link', { name: label });
	while ((await link.count()) > 0) {
		const href = (await link.getAttribute('href')) ?? '';
		await link.click();
		await session.page.waitForURL(`${session.site.origin}${href}`);
		visited.push(await session.page.locator('h1').textContent());
	}
	return visited;
}
const session = useBrowserSession();

describe('a reader going through the paper', () => {
	it('reads every article in print order by clicking 下一篇, then opens the edition from 往期', async () => {
		await session.page.goto(`${session.site.origin}/`);
		await session.page.getByRole('link', { name: PRINT_ORDER[0] }).first().click();

		expect(await followAll(/^下一篇/u)).toEqual(PRINT_ORDER);

		await session.page
			.getByRole('navigation', { name: '主导航' })
			.getByRole('link', { name: '往期' })
			.click();
		await session.page.waitForURL('**/archive/');
		await session.page.getByRole('link', { name: '2026年1月8日 星期四报纸' }).click();
		await session.page.waitForURL('**/2026-01-08/');
		expect(await session.page.locator('h1').textContent()).toBe('2026年1月8日 星期四');
	});

	it('goes back along 上一篇 from the last article to the first', async () => {
		await session.page.goto(`${session.site.origin}/2026-01-08/zhihui-dangjian/`);
		expect(await followAll(/^上一篇/u)).toEqual([...PRINT_ORDER].reverse());
	});
});
