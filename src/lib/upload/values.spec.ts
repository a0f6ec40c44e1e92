import { describe, expect, it } from 'vitest';
import { readDate, readNumber, readPeriod } from './values';

describe('cells of an uploaded file', () => {
	it('numbers as written in statistics files, and suppression codes', () => {
		expect(readNumber('82')).toEqual({ value: 82 });
		expect(readNumber(' 1,234.5 ')).toEqual({ value: 1234.5 });
		expect(readNumber('-0.5')).toEqual({ value: -0.5 });
		expect(readNumber('12.5%')).toEqual({ value: 12.5 });
		expect(readNumber('67.099999999999994')).toEqual({ value: 67.1 });
		expect(readNumber('c')).toEqual({ suppression: 'c' });
		expect(readNumber('low')).toEqual({ suppression: 'low' });
		expect(readNumber('')).toEqual({ empty: true });
		for (const bad of ['n/a', '1,23', '12abc', '.', '-', 'toString', '__proto__', '=1+1']) expect(readNumber(bad), bad).toHaveProperty('problem');
	});
	it('dates in three formats, and only real ones', () => {
		expect(readDate('2024-03-31')).toBe('2024-03-31');
		expect(readDate('2024-03-31T00:00:00')).toBe('2024-03-31');
		expect(readDate('31/03/2024')).toBe('2024-03-31');
		expect(readDate('31 March 2024')).toBe('2024-03-31');
		expect(readDate('1 Mar 2024')).toBe('2024-03-01');
		for (const bad of ['2024-02-30', '03/31/2024', '31 Marchx 2024', '2024', 'yesterday']) expect(readDate(bad), bad).toBeNull();
	});
	it('periods: years, DfE year codes, spans and dates', () => {
		expect(readPeriod('2024')).toEqual({ label: '2024', year: 2024, end: null });
		expect(readPeriod('202324')).toEqual({ label: '202324', year: 2024, end: null });
		expect(readPeriod('2023-24')).toMatchObject({ year: 2024 });
		expect(readPeriod('2023/2024')).toMatchObject({ year: 2024 });
		expect(readPeriod('1999-00')).toMatchObject({ year: 2000 });
		expect(readPeriod('31/03/2024')).toEqual({ label: '31/03/2024', year: 2024, end: '2024-03-31' });
		expect(readPeriod('2023-26')).toHaveProperty('problem');
		expect(readPeriod('')).toHaveProperty('problem');
	});
});
