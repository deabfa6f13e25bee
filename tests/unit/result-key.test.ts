import { describe, expect, it } from 'vitest';
import { readResultKey, reporterCode, resultKey } from '../../src/lib/result-key';

describe('result keys', () => {
	it('write the date, the 版 and the reporters’ codes', () => {
		const key = resultKey({ date: '2026-01-08', page: 3, reporters: ['刘侃', '张荣强'] });
		expect(key).toBe(`20260108-3-${reporterCode('刘侃')}.${reporterCode('张荣强')}`);
	});

	it('give each name six base-36 digits, the same on every build', () => {
		expect(reporterCode('刘侃')).toMatch(/^[0-9a-z]{6}$/u);
		expect(reporterCode('刘侃')).toBe(reporterCode('刘侃'));
		expect(reporterCode('刘侃')).not.toBe(reporterCode('张荣强'));
	});

	it('are read back from an id, with or without reporters', () => {
		const code = reporterCode('刘侃');
		expect(readResultKey(`20260108-12-${code}-1f0c2ab`)).toEqual({
			day: '2026-01-08',
			page: 12,
			reporters: [code],
		});
		expect(readResultKey('20251230-2--1f0c2ab')).toEqual({
			day: '2025-12-30',
			page: 2,
			reporters: [],
		});
	});

	it('read nothing from an id the site did not write', () => {
		expect(readResultKey('zxx_1f0c2ab')).toBeUndefined();
	});
});
