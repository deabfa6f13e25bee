/** The paper's time zone: every date on the site is a calendar day here. */
export const PAPER_TIME_ZONE = 'Asia/Shanghai';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: PAPER_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});

const paperDayFormat = new Intl.DateTimeFormat('zh-CN', {
	timeZone: PAPER_TIME_ZONE,
	year: 'numeric',
	month: 'long',
	day: 'numeric',
});

const weekdayFormat = new Intl.DateTimeFormat('zh-CN', {
	timeZone: PAPER_TIME_ZONE,
	weekday: 'long',
});

const monthFormat = new Intl.DateTimeFormat('zh-CN', {
	timeZone: PAPER_TIME_ZONE,
	year: 'numeric',
	month: 'long',
});

/** Whether `text` names a day that exists, written YYYY-MM-DD (2025-02-29 does not). */
export function isCalendarDay(text: string): boolean {
	const match = DAY_PATTERN.exec(text);
	if (!match) return false;

	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const probe = new Date(Date.UTC(year, month - 1, day));
	return (
		probe.getUTCFullYear() === year &&
		probe.getUTCMonth() === month - 1 &&
		probe.getUTCDate() === day
	);
}

/** The Beijing calendar day (YYYY-MM-DD) on which the instant `instant` falls. */
export function toBeijingDay(instant: Date): string {
	return isoDayFormat.format(instant);
}

/** The instant a Beijing calendar day begins (00:00 at UTC+8). */
export function beijingMidnight(day: string): Date {
	if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
	return new Date(`${day}T00:00:00+08:00`);
}

/** A day as the paper prints it in its masthead: 2026年1月8日 星期四. */
export function formatPaperDate(day: string): string {
	const instant = beijingMidnight(day);
	return `${paperDayFormat.format(instant)} ${weekdayFormat.format(instant)}`;
}

/** A day without its weekday, for compact lists: 2026年1月8日. */
export function formatShortDate(day: string): string {
	return paperDayFormat.format(beijingMidnight(day));
}

/** The month a day falls in, as a heading: 2026年1月. */
export function formatMonth(day: string): string {
	return monthFormat.format(beijingMidnight(day));
}

/** The start of a Beijing day in ISO 8601 with its offset: 2026-01-08T00:00:00+08:00. */
export function toIsoDateTime(day: string): string {
	beijingMidnight(day);
	return `${day}T00:00:00+08:00`;
}
