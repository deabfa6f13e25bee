import { describe, expect, it } from 'vitest';
import { archiveYears, monthCalendar } from '../../src/lib/calendar';

describe('monthCalendar', () => {
	it('lays out January 2026 from Monday, starting on Thursday the 1st', () => {
		const calendar = monthCalendar(2026, 1, new Set(['2026-01-08']));
		expect(calendar.weeks.length).toBe(5);
		expect(calendar.weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([
			null,
			null,
			null,
			1,
			2,
			3,
			4,
		]);
		expect(calendar.weeks[4]?.map((cell) => cell?.day ?? null)).toEqual([
			26,
			27,
			28,
			29,
			30,
			31,
			null,
		]);
	});

	it('marks exactly the days that have an edition', () => {
		const calendar = monthCalendar(2026, 1, new Set(['2026-01-07', '2026-01-08', '2026-02-01']));
		const marked = calendar.weeks.flat().filter((cell) => cell?.hasEdition);
		expect(marked.map((cell) => cell?.date)).toEqual(['2026-01-07', '2026-01-08']);
	});

	it('knows February of a leap year has 29 days', () => {
		const days = monthCalendar(2024, 2, new Set()).weeks.flat().filter(Boolean);
		expect(days.length).toBe(29);
	});
});

describe('archiveYears', () => {
	it('groups dates into years and months, newest first, counting editions', () => {
		expect(archiveYears(['2025-12-30', '2026-01-07', '2026-01-08', '2025-11-02'])).toEqual([
			{ year: 2026, months: [1], editionCount: 2 },
			{ year: 2025, months: [12, 11], editionCount: 2 },
		]);
	});
});
