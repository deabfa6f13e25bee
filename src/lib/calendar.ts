/** One day cell of a month calendar. */
export interface CalendarDay {
	/** YYYY-MM-DD. */
	date: string;
	/** Day of the month, 1–31. */
	day: number;
	/** Whether an edition appeared that day. */
	hasEdition: boolean;
}

/** A month laid out in weeks from Monday to Sunday; null fills the days of other months. */
export interface MonthCalendar {
	year: number;
	month: number;
	weeks: (CalendarDay | null)[][];
}

/** Column headings of a calendar week, Monday first as Chinese calendars print it. */
export const WEEKDAY_HEADINGS = ['一', '二', '三', '四', '五', '六', '日'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar of one month, with the days in `editionDates` marked. Calendar days carry no zone. */
export function monthCalendar(
	year: number,
	month: number,
	editionDates: ReadonlySet<string>,
): MonthCalendar {
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const leading = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
	const cells: (CalendarDay | null)[] = Array.from({ length: leading }, () => null);

	for (let day = 1; day <= daysInMonth; day += 1) {
		const date = `${year}-${pad(month)}-${pad(day)}`;
		cells.push({ date, day, hasEdition: editionDates.has(date) });
	}
	while (cells.length % 7 !== 0) cells.push(null);

	const weeks: (CalendarDay | null)[][] = [];
	for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
	return { year, month, weeks };
}

/** A year of the archive and the months in it that have editions, newest first. */
export interface ArchiveYear {
	year: number;
	/** Months (1–12) with at least one edition, newest first. */
	months: number[];
	/** How many editions the year has. */
	editionCount: number;
}

/** Groups edition dates (YYYY-MM-DD) into years and months, newest first. */
export function archiveYears(dates: Iterable<string>): ArchiveYear[] {
	const years = new Map<number, { months: Set<number>; count: number }>();
	for (const date of dates) {
		const year = Number(date.slice(0, 4));
		const entry = years.get(year) ?? { months: new Set<number>(), count: 0 };
		entry.months.add(Number(date.slice(5, 7)));
		entry.count += 1;
		years.set(year, entry);
	}

	return [...years.entries()]
		.sort(([a], [b]) => b - a)
		.map(([year, entry]) => ({
			year,
			months: [...entry.months].sort((a, b) => b - a),
			editionCount: entry.count,
		}));
}
