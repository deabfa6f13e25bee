/**
 * The search index is written in parts (shards) of whole months, newest first, so that no
 * single indexing step has to hold the whole archive and a search loads few parts
 * (docs/decisions/004).
 */

/** The file under pagefind/ listing the shards' folders, newest first, and the reporters. */
export const SHARD_MANIFEST = 'shards.json';

/** What SHARD_MANIFEST holds. */
export interface ShardManifest {
	/** The shards' folders under pagefind/, newest first. */
	parts: string[];
	/** Each reporter's name by the code result ids give it (src/lib/result-key.ts). */
	reporters: Record<string, string>;
}

/** Most articles in one shard, unless one month alone has more. */
export const SHARD_SIZE = 20_000;

/**
 * Calendar years one shard may span, counted from year 0 (2024–2025, 2026–2027, …), so that a
 * shard of past years, once complete, keeps its files from one build to the next.
 */
export const SHARD_YEARS = 2;

/**
 * Most articles in the newest shard, which holds months of the newest year only: the search page
 * shows its results while the older shards are still being searched, so it is kept small
 * enough to answer at once.
 */
export const NEWEST_SHARD_SIZE = 1000;

/** A shard: its folder name under pagefind/ and the dates of the articles it holds. */
export interface Shard<T> {
	/** `2024-01_2025-12`: its oldest month and its newest. */
	name: string;
	items: T[];
}

/**
 * Splits items into shards, newest first. The newest shard holds the newest months of the
 * newest year, at most `newestSize` items; every other shard holds whole months of one span of
 * SHARD_YEARS calendar years, at most `size` items. A month that alone has more than its shard
 * may hold becomes a shard of its own.
 */
export function shardByMonth<T>(
	items: readonly T[],
	dateOf: (item: T) => string,
	size = SHARD_SIZE,
	newestSize = Math.min(size, NEWEST_SHARD_SIZE),
): Shard<T>[] {
	const months = new Map<string, T[]>();
	for (const item of items) {
		const month = dateOf(item).slice(0, 7);
		const list = months.get(month);
		if (list) list.push(item);
		else months.set(month, [item]);
	}

	const shards: { group: string; months: string[]; items: T[] }[] = [];
	for (const month of [...months.keys()].sort().reverse()) {
		const monthItems = months.get(month) ?? [];
		const year = Number(month.slice(0, 4));
		const yearGroup = `year ${String(year)}`;
		const spanGroup = `span ${String(Math.floor(year / SHARD_YEARS))}`;
		const current = shards.at(-1);
		// While the newest shard is being filled, a month joins it within its year; after that,
		// within its span of years.
		const filling = shards.length === 1;
		const limit = filling ? newestSize : size;
		if (
			current?.group === (filling ? yearGroup : spanGroup) &&
			current.items.length + monthItems.length <= limit
		) {
			current.months.push(month);
			current.items.push(...monthItems);
		} else {
			const group = shards.length === 0 ? yearGroup : spanGroup;
			shards.push({ group, months: [month], items: [...monthItems] });
		}
	}

	return shards.map((shard) => ({
		name: `${shard.months.at(-1) ?? ''}_${shard.months[0] ?? ''}`,
		items: shard.items,
	}));
}
