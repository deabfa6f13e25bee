import { describe, expect, it } from 'vitest';
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
