import { afterEach, describe, expect, it } from 'vitest';
import {
	beijingMidnight,
	formatMonth,
	formatPaperDate,
	formatShortDate,
	isCalendarDay,
	toBeijingDay,
} from '../../src/lib/beijing-day';

describe('isCalendarDay', () => {
	it('accepts a real day written YYYY-MM-DD', () => {
		expect(isCalendarDay('2026-01-08')).toBe(true);
		expect(isCalendarDay('2024-02-29')).toBe(true);
	});

	it('refuses days that do not exist, which Date would roll over', () => {
		expect(isCalendarDay('2025-02-29')).toBe(false);
		expect(isCalendarDay('2026-04-31')).toBe(false);
		expect(isCalendarDay('2026-13-01')).toBe(false);
	});

	it('refuses other spellings of a date', () => {
		for (const text of ['2026/3/5', '2026-3-5', '2026年3月5日', '2026-01-08T10:00', '']) {
			expect(isCalendarDay(text)).toBe(false);
		}
	});
});

describe('toBeijingDay', () => {
	it('puts 16:30 UTC on the next Beijing day', () => {
		expect(toBeijingDay(new Date('2026-01-07T16:30:00Z'))).toBe('2026-01-08');
	});

	it('keeps 15:59 UTC on the same Beijing day', () => {
		expect(toBeijingDay(new Date('2026-01-07T15:59:00Z'))).toBe('2026-01-07');
	});
});

describe('formatting', () => {
	it('prints the date as the paper does, with its weekday', () => {
		expect(formatPaperDate('2026-01-08')).toBe('2026年1月8日 星期四');
	});

	it('prints a short date and a month', () => {
		expect(formatShortDate('2026-01-08')).toBe('2026年1月8日');
		expect(formatMonth('2026-01-08')).toBe('2026年1月');
	});

	it('starts a Beijing day at 16:00 UTC the day before', () => {
		expect(beijingMidnight('2026-01-08').toISOString()).toBe('2026-01-07T16:00:00.000Z');
	});

	it('refuses to start a day that does not exist', () => {
		expect(() => beijingMidnight('2025-02-29')).toThrow(RangeError);
	});
});

describe('the build machine time zone', () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	it.each([
		['America/Los_Angeles', 480],
		['UTC', 0],
		['Pacific/Kiritimati', -840],
		['Asia/Shanghai', -480],
	])('changes no date under TZ=%s', (zone, offsetMinutes) => {
		process.env.TZ = zone;
		expect(new Date(2026, 0, 8).getTimezoneOffset()).toBe(offsetMinutes);
		expect(formatPaperDate('2026-01-08')).toBe('2026年1月8日 星期四');
		expect(beijingMidnight('2026-01-08').toISOString()).toBe('2026-01-07T16:00:00.000Z');
		expect(toBeijingDay(new Date('2026-01-07T16:30:00Z'))).toBe('2026-01-08');
	});
});
