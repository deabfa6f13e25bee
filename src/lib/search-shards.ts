/**
 * The search index is written in parts (shards) of whole months of one year, newest first, so
 * that no single indexing step has to hold the whole archive (docs/decisions/004).
 */

/** The file under pagefind/ listing the shards' folders, newest first. */
export const SHARD_MANIFEST = 'shards.json';

/** Most articles in one shard, unless one month alone has more. */
export const SHARD_SIZE = 10_000;

/**
 * Most articles in the newest shard: the search page shows its results while the older shards
 * are still being searched, so it is kept small enough to answer at once.
 */
export const NEWEST_SHARD_SIZE = 1000;

/** A shard: its folder name under pagefind/ and the dates of the articles it holds. */
export interface Shard<T> {
	/** `2025-07-12`: the year, then its first and last month. */
	name: string;
	items: T[];
}

/**
 * Splits items into shards, newest first: each shard holds whole months of a single year and at
 * most `size` items (the newest at most `newestSize`), except a month that alone has more, which
 * becomes a shard of its own.
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

	const shards: { year: string; months: string[]; items: T[] }[] = [];
	for (const month of [...months.keys()].sort().reverse()) {
		const monthItems = months.get(month) ?? [];
		const year = month.slice(0, 4);
		const current = shards.at(-1);
		const limit = shards.length === 1 ? newestSize : size;
		if (current?.year === year && current.items.length + monthItems.length <= limit) {
			current.months.push(month);
			current.items.push(...monthItems);
		} else {
			shards.push({ year, months: [month], items: [...monthItems] });
		}
	}

	return shards.map((shard) => ({
		name: `${shard.year}-${(shard.months.at(-1) ?? '').slice(5)}-${(shard.months[0] ?? '').slice(5)}`,
		items: shard.items,
	}));
}
