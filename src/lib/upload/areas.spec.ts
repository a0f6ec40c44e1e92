import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Authority } from '../data/schema';
import { AreaMatcher } from './areas';

// The committed authorities table: 153 current councils and those abolished since 2013.
const authorities = Papa.parse<Authority>(readFileSync('data/authorities.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.map((a) => ({
	...a,
	valid_from: a.valid_from || null,
	valid_to: a.valid_to || null,
	other_codes: a.other_codes || null
}));
const matcher = new AreaMatcher(authorities);
const code = (text: string, on?: string) => matcher.match(text, on)?.area.code ?? null;

describe('matching the areas of an uploaded file', () => {
	it('by ONS code, any case, and by a code a council has had', () => {
		expect(code('E08000026')).toBe('E08000026');
		expect(code(' e08000026 ')).toBe('E08000026');
		expect(code('E08000038')).toBe('E08000016'); // Barnsley's 2025 code
	});
	it('by DfE three-digit code', () => {
		expect(matcher.match('331')).toMatchObject({ area: { name: 'Coventry' }, how: 'DfE code' });
	});
	it('by name as people write it', () => {
		for (const name of ['Coventry', 'COVENTRY', 'Coventry City Council', 'coventry city council ']) expect(code(name), name).toBe('E08000026');
		expect(code('Bristol, City of')).toBe(code('Bristol'));
		expect(code('London Borough of Barnet')).toBe('E09000003');
		expect(code('Royal Borough of Greenwich')).toBe(code('Greenwich'));
		expect(code('St. Helens')).toBe(code('St Helens'));
		expect(code('Telford & Wrekin')).toBe(code('Telford and Wrekin'));
		expect(code('City of London')).not.toBe(code('London'));
	});
	it('a name two councils have had, by the date of the row', () => {
		expect(code('Dorset', '2015-03-31')).toBe('E10000009');
		expect(code('Dorset', '2020-03-31')).toBe('E06000059');
		expect(code('Dorset')).toBe('E06000059');
		expect(code('Northamptonshire', '2018-03-31')).toBe('E10000021');
	});
	it('regions and England, and DfE’s London halves', () => {
		expect(matcher.match('England')?.area.kind).toBe('england');
		expect(code('West Midlands')).toBe('E12000005');
		expect(code('Outer London')).toBe('E13000002');
	});
	it('nothing for an unknown area, with suggestions', () => {
		expect(matcher.match('Atlantis')).toBeNull();
		expect(matcher.match('999')).toBeNull();
		expect(matcher.match('')).toBeNull();
		expect(matcher.suggest('Coventy')).toContain('Coventry');
		expect(matcher.suggest('Birmingam City Council')[0]).toBe('Birmingham');
	});
});
