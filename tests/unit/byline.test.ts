import { describe, expect, it } from 'vitest';
import { bylineNames, parseByline } from '../../src/lib/byline';

describe('parseByline', () => {
	it('joins a name padded for print, 刘 侃, into 刘侃', () => {
		expect(parseByline('首席记者 刘 侃')).toEqual([{ role: '首席记者', names: ['刘侃'] }]);
	});

	it('reads the real six-reporter credit line into two roles', () => {
		expect(parseByline('首席记者 刘 侃 记者 黄清娟 廖 松 袁侨德 姚廷洋 晏艳辉')).toEqual([
			{ role: '首席记者', names: ['刘侃'] },
			{ role: '记者', names: ['黄清娟', '廖松', '袁侨德', '姚廷洋', '晏艳辉'] },
		]);
	});

	it('prefers the longest role, so 首席记者 is not read as 首席 plus 记者', () => {
		expect(parseByline('首席记者 晏艳辉')[0]?.role).toBe('首席记者');
	});

	it('splits a role glued to its name, 记者晏艳辉', () => {
		expect(parseByline('记者晏艳辉 通讯员 王 强')).toEqual([
			{ role: '记者', names: ['晏艳辉'] },
			{ role: '通讯员', names: ['王强'] },
		]);
	});

	it('keeps names that come before any role, with no role', () => {
		expect(parseByline('晏艳辉')).toEqual([{ role: undefined, names: ['晏艳辉'] }]);
	});

	it('reads every listed role', () => {
		const line = '本报记者 甲乙 见习记者 丙丁 特约记者 戊己 通讯员 庚辛 实习生 壬癸 摄影 子丑';
		expect(parseByline(line).map((credit) => credit.role)).toEqual([
			'本报记者',
			'见习记者',
			'特约记者',
			'通讯员',
			'实习生',
			'摄影',
		]);
	});

	it('does not pair a single character with a following role', () => {
		expect(parseByline('记者 甲 摄影 乙丙')).toEqual([
			{ role: '记者', names: ['甲'] },
			{ role: '摄影', names: ['乙丙'] },
		]);
	});
});

describe('bylineNames', () => {
	it('lists each person once, in printed order', () => {
		expect(bylineNames('首席记者 刘 侃 记者 刘侃 晏艳辉')).toEqual(['刘侃', '晏艳辉']);
	});
});
