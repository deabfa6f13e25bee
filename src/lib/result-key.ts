/**
 * A search result's id says what the filters and the newest-first order need of it: its
 * edition date, its 版 and its reporters. The search page counts, narrows and orders results
 * from their ids without loading any of them, and without Pagefind's own filters, whose counting
 * grows with the square of a part's size (docs/decisions/005).
 *
 * An id reads `20260108-3-k3x9ab.m2p0qq-1f0c2ab`: the date, the 版, each reporter's code, then
 * the hash of the result's fragment.
 */

/** What an id tells. */
export interface ResultFacts {
	/** Edition date, YYYY-MM-DD. */
	day: string;
	/** The 版's number. */
	page: number;
	/** Codes of the reporters named in the byline. */
	reporters: string[];
}

/**
 * A reporter's code: six base-36 digits of the FNV-1a hash of the name. The index writer stops
 * the build if two names of one archive share a code.
 */
export function reporterCode(name: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(name)) {
		hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	}
	return (hash % 36 ** 6).toString(36).padStart(6, '0');
}

/** The id's beginning for an article: date, 版, reporters' codes. */
export function resultKey(facts: { date: string; page: number; reporters: string[] }): string {
	return [
		facts.date.replaceAll('-', ''),
		String(facts.page),
		facts.reporters.map(reporterCode).join('.'),
	].join('-');
}

const ID = /^(\d{4})(\d{2})(\d{2})-(\d+)-([0-9a-z.]*)-/u;

/** What a result's id tells, or undefined for an id the site did not write. */
export function readResultKey(id: string): ResultFacts | undefined {
	const match = ID.exec(id);
	if (!match) return undefined;
	const [, year, month, day, page, reporters] = match;
	return {
		day: `${year ?? ''}-${month ?? ''}-${day ?? ''}`,
		page: Number(page),
		reporters: reporters ? reporters.split('.') : [],
	};
}
