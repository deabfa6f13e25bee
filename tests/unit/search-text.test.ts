import { describe, expect, it } from 'vitest';
import { excerpt, findMatches } from '../../src/lib/excerpt';
import { normaliseForSearch, normaliseWithSources, queryTerms } from '../../src/lib/search-text';
import { articleWords, MOST_COUNTED, termPlan } from '../../src/lib/search-tokens';

/** A run of characters as the index writes it: four base-36 digits each. */
const codes = (text: string) =>
	[...text].map((character) => (character.codePointAt(0) ?? 0).toString(36).padStart(4, '0'));

describe('normaliseForSearch', () => {
	it('ignores the white space of a name padded for print, 刘 侃', () => {
		expect(normaliseForSearch('首席记者 刘 侃')).toBe('首席记者刘侃');
	});

	it('ignores Chinese and Latin punctuation', () => {
		expect(normaliseForSearch('“开门三评”集民智')).toBe('开门三评集民智');
		expect(normaliseForSearch('（上接1版）“AI+党建”，……！')).toBe('上接1版ai党建');
	});

	it('reads full-width letters and digits as half-width, ignoring case', () => {
		expect(normaliseForSearch('全国首个ＣＢＤ婚登中心')).toBe('全国首个cbd婚登中心');
		expect(normaliseForSearch('Ｃｂｄ２０２６')).toBe('cbd2026');
	});

	it('reads traditional characters as simplified, with OpenCC', () => {
		expect(normaliseForSearch('虎頭岩')).toBe('虎头岩');
		expect(normaliseForSearch('渝中區南紀門')).toBe('渝中区南纪门');
	});

	it('reads each character on its own, so that a piece of a text reads as a piece of its reading', () => {
		// OpenCC's phrases keep 乾 in 乾坤 and make a lone 乾 干; search must read both alike.
		expect(normaliseForSearch('乾')).toBe('干');
		expect(normaliseForSearch('充盈、乾坤朗朗')).toBe('充盈干坤朗朗');
		const text = '乾坤朗朗，乾隆年間的後街與著名的發展';
		expect(normaliseForSearch(text)).toBe([...text].map(normaliseForSearch).join(''));
	});

	it('leaves simplified text as it is', () => {
		expect(normaliseForSearch('解放碑中央商务区')).toBe('解放碑中央商务区');
	});
});

describe('normaliseWithSources', () => {
	it('keeps the source index of every normalised character', () => {
		expect(normaliseWithSources('“开门”评')).toEqual({
			characters: ['开', '门', '评'],
			sources: [1, 2, 4],
		});
	});
});

describe('queryTerms', () => {
	it('splits at white space, full-width spaces included, and normalises each term', () => {
		expect(queryTerms(' 渝中  虎頭岩\u3000ＣＢＤ ')).toEqual(['渝中', '虎头岩', 'cbd']);
	});

	it('drops terms that are only punctuation, and repeated terms', () => {
		expect(queryTerms('“ ” 渝中 渝中')).toEqual(['渝中']);
	});
});

describe('search words', () => {
	it('counts every run shorter than six characters once, in the article and in the headline', () => {
		const words = articleWords(['渝中区'], '渝中区');
		expect(Object.fromEntries(words.counted)).toEqual({
			a0lr1: 1,
			a0ffx: 1,
			a0gfu: 1,
			b0lr10ffx: 1,
			b0ffx0gfu: 1,
			c0lr10ffx0gfu: 1,
			f0lr1: 1,
			f0ffx: 1,
			f0gfu: 1,
			g0lr10ffx: 1,
			g0ffx0gfu: 1,
			h0lr10ffx0gfu: 1,
		});
		expect(words.placed.size).toBe(0);
		expect(words.length).toBe(3);
	});

	it('counts repetitions up to the most that relevance takes', () => {
		expect(articleWords(['渝'.repeat(12)], '').counted.get('a0lr1')).toBe(MOST_COUNTED);
		expect(articleWords(['渝渝渝'], '').counted.get('a0lr1')).toBe(3);
	});

	it('never counts a run across the end of a field', () => {
		const words = articleWords(['渝中', '区'], '');
		expect(words.counted.has('b0ffx0gfu')).toBe(false);
		expect(words.counted.has('a0gfu')).toBe(true);
	});

	it('places each six-character run at its location, one location apart between fields', () => {
		const words = articleWords(['一二三四五六', '七八九十甲乙丙'], '');
		expect(Object.fromEntries(words.placed)).toEqual({
			[`p${codes('一二三四五六').join('')}`]: [0],
			[`p${codes('七八九十甲乙').join('')}`]: [7],
			[`p${codes('八九十甲乙丙').join('')}`]: [8],
		});
		const twice = articleWords(['一二三四五六一二三四五六'], '');
		expect(twice.placed.get(`p${codes('一二三四五六').join('')}`)).toEqual([0, 6]);
	});

	it('looks a short term up as one counted word, in the article or the headline', () => {
		expect(termPlan('渝中区', 'article')).toEqual({ kind: 'counted', word: 'c0lr10ffx0gfu' });
		expect(termPlan('渝', 'headline')).toEqual({ kind: 'counted', word: 'f0lr1' });
	});

	it('covers a long term with as few placed words as it takes, first and last included', () => {
		const term = '渝中区解放碑街道';
		const all = codes(term);
		expect(termPlan(term, 'article')).toEqual({
			kind: 'placed',
			words: [
				{ word: `p${all.slice(0, 6).join('')}`, offset: 0 },
				{ word: `p${all.slice(2, 8).join('')}`, offset: 2 },
			],
		});
		const six = termPlan('渝中区解放碑', 'headline');
		expect(six).toEqual({
			kind: 'placed',
			words: [{ word: `q${all.slice(0, 6).join('')}`, offset: 0 }],
		});
		const long = termPlan('一二三四五六七八九十甲乙丙', 'article');
		expect(long.kind === 'placed' && long.words.map((word) => word.offset)).toEqual([0, 4, 7]);
	});

	it('marks every word so that none is the beginning of another', () => {
		const words = articleWords(['渝中区解放碑街道渝中'], '解放碑街道渝中区');
		const all = [...words.counted.keys(), ...words.placed.keys()];
		for (const word of all) {
			expect(all.filter((other) => other !== word && other.startsWith(word))).toEqual([]);
		}
	});
});

describe('findMatches', () => {
	it('marks a match across the punctuation the query left out', () => {
		const text = '“开门三评”集民智';
		const [range] = findMatches(text, ['开门三评集民智']);
		expect(range && text.slice(...range)).toBe('开门三评”集民智');
	});

	it('finds a traditional query in simplified text and merges overlaps', () => {
		expect(findMatches('虎头岩社区虎头岩', ['虎头', '头岩'])).toEqual([
			[0, 3],
			[5, 8],
		]);
	});
});

describe('excerpt', () => {
	it('shows the passage around the first match with the match marked', () => {
		const text = '甲'.repeat(50) + '不动产“登记难”问题' + '乙'.repeat(50);
		const parts = excerpt(text, ['登记难'], 5);
		expect(parts).toEqual([
			{ text: '…', marked: false },
			{ text: '甲不动产“', marked: false },
			{ text: '登记难', marked: true },
			{ text: '”问题乙乙', marked: false },
			{ text: '…', marked: false },
		]);
	});

	it('shows the opening when the match is only in the headline', () => {
		expect(excerpt('正文开头。', ['标题'], 5)).toEqual([{ text: '正文开头。', marked: false }]);
	});
});
