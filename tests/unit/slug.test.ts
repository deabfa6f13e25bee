import { describe, expect, it } from 'vitest';
import { assignSlugs, toPinyinSlug } from '../../src/lib/slug';

describe('toPinyinSlug', () => {
	it('spells a reporter’s name in pinyin', () => {
		expect(toPinyinSlug('刘侃')).toBe('liu-kan');
		expect(toPinyinSlug('晏艳辉')).toBe('yan-yan-hui');
	});

	it('keeps Latin letters and digits and drops punctuation', () => {
		expect(toPinyinSlug('创先争优 看渝中')).toBe('chuang-xian-zheng-you-kan-yu-zhong');
		expect(toPinyinSlug('AI+党建')).toBe('ai-dang-jian');
	});
});

describe('assignSlugs', () => {
	it('gives names that read alike their own slugs, the same on every build', () => {
		const slugs = assignSlugs(['柳侃', '刘侃']);
		expect(Object.fromEntries(slugs)).toEqual({ 刘侃: 'liu-kan', 柳侃: 'liu-kan-2' });
		expect(Object.fromEntries(assignSlugs(['刘侃', '柳侃']))).toEqual(Object.fromEntries(slugs));
	});
});
