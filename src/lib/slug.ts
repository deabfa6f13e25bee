import { pinyin } from 'pinyin-pro';

/** A readable ASCII URL segment for a Chinese name: 刘侃 → liu-kan, 创先争优 看渝中 → chuang-xian-…. */
export function toPinyinSlug(text: string): string {
	const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
	const slug = syllables
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
	return slug || 'x';
}

/**
 * Gives each name its own slug. Names that read alike (刘侃, 柳侃) share a pinyin; the first in
 * code-point order keeps it and the others take -2, -3…, so slugs do not change between builds.
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
	const slugs = new Map<string, string>();
	const taken = new Set<string>();
	for (const name of [...new Set(names)].sort()) {
		const base = toPinyinSlug(name);
		let slug = base;
		for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
		taken.add(slug);
		slugs.set(name, slug);
	}
	return slugs;
}
