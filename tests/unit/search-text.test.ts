import { describe, expect, it } from 'vitest';
import { excerpt, findMatches } from '../../src/lib/excerpt';
import { normaliseForSearch, normaliseWithSources, queryTerms } from '../../src/lib/search-text';
import {
	characterTokens,
	fieldTokens,
	headlineQuery,
	headlineTokens,
	termQuery,
} from '../../src/lib/search-tokens';

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

describe('search tokens', () => {
	it('writes a field as overlapping pairs, then its last character', () => {
		expect(fieldTokens('渝中区')).toEqual(['0lr10ffx', '0ffx0gfu', '0gfu0000']);
	});

	it('writes a term as an exact phrase of pairs, or one character as its marked token', () => {
		expect(termQuery('渝中区')).toBe('"0lr10ffx 0ffx0gfu"');
		expect(termQuery('渝')).toBe('y0lr1');
	});

	it('marks headline pairs at their end and headline characters at their start', () => {
		expect(headlineTokens('渝中区')).toEqual(['0lr10ffxz', '0ffx0gfuz', 'z0lr1', 'z0ffx', 'z0gfu']);
		expect(headlineQuery('渝中区')).toBe('"0lr10ffxz 0ffx0gfuz"');
		expect(headlineQuery('渝')).toBe('z0lr1');
	});

	it('indexes each character of the fields once, marked', () => {
		expect(characterTokens(['渝中区', '中区'])).toEqual(['y0lr1', 'y0ffx', 'y0gfu']);
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
