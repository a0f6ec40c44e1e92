import { describe, expect, it } from 'vitest';
import { knownCode, knownCodes, MAX_RAW_LENGTH, monthEndWithin, onOff, oneOf, oneOfOrNone, quoted, text, yearWithin } from './kinds';
import { Param } from './param.svelte';

/** What every kind must do with hostile text: refuse it, calmly. */
const HOSTILE = ['__proto__', 'toString', 'constructor', 'hasOwnProperty', '', ' ', 'a\u0000b', '\u0007', 'x'.repeat(10_000), "'; DROP TABLE inspections; --", '<script>alert(1)</script>', '%00', '１２３'];

const kinds = {
	monthEndWithin: monthEndWithin('2014-03-21', '2025-03-31'),
	yearWithin: yearWithin(2009, 2025),
	oneOf: oneOf(['consecutive', 'first-sif-to-latest']),
	knownCode: knownCode(['E08000026', 'E06000015']),
	knownCodes: knownCodes(['E08000026', 'E06000015'], 12),
	onOff
};

describe('every kind', () => {
	for (const [name, kind] of Object.entries(kinds)) {
		it(`${name} refuses hostile values without throwing`, () => {
			for (const raw of HOSTILE) expect(kind.parse(raw).ok, JSON.stringify(raw.slice(0, 30))).toBe(false);
		});
	}
});

describe('monthEndWithin', () => {
	const kind = kinds.monthEndWithin;
	it('reads a date as the end of its month', () => {
		expect(kind.parse('2019-08-15')).toEqual({ ok: true, value: '2019-08-31' });
		expect(kind.parse('2020-02-29')).toEqual({ ok: true, value: '2020-02-29' });
	});
	it('refuses impossible dates', () => {
		for (const raw of ['2020-02-30', '2021-02-29', '2020-13-45', '2020-99-99', '2020-00-10', '2020-1-1', '20200101', '2020-01-01T00:00', '+02020-01-01']) {
			expect(kind.parse(raw).ok, raw).toBe(false);
		}
	});
	it('moves a date outside the data to the nearer end, saying so', () => {
		expect(kind.parse('2031-01-01')).toMatchObject({ ok: true, value: '2025-03-31', note: expect.stringContaining('after the latest data') });
		expect(kind.parse('1000-01-01')).toMatchObject({ ok: true, value: '2014-03-31', note: expect.stringContaining('before the data begins') });
	});
});

describe('yearWithin', () => {
	it('accepts the years held and refuses others, however large', () => {
		expect(kinds.yearWithin.parse('2016')).toEqual({ ok: true, value: 2016 });
		for (const raw of ['1000000', '20241', '2026', '2008', '-2016', '2016.5', '2e3', 'Infinity', 'NaN']) expect(kinds.yearWithin.parse(raw).ok, raw).toBe(false);
	});
});

describe('choices', () => {
	it('oneOf accepts only its own options', () => {
		expect(kinds.oneOf.parse('consecutive')).toEqual({ ok: true, value: 'consecutive' });
		expect(kinds.oneOf.parse('Consecutive').ok).toBe(false);
	});
	it('oneOfOrNone reads an empty value as none', () => {
		const region = oneOfOrNone(['London']);
		expect(region.parse('')).toEqual({ ok: true, value: null });
		expect(region.parse('London')).toEqual({ ok: true, value: 'London' });
		expect(region.parse('__proto__').ok).toBe(false);
		expect(region.serialise(null)).toBe('');
	});
	it('onOff reads 1/0 and true/false', () => {
		expect(onOff.parse('1')).toEqual({ ok: true, value: true });
		expect(onOff.parse('false')).toEqual({ ok: true, value: false });
	});
});

describe('codes', () => {
	it('knownCode accepts only codes of authorities here', () => {
		expect(kinds.knownCode.parse('E08000026')).toEqual({ ok: true, value: 'E08000026' });
		expect(kinds.knownCode.parse('E99999999').ok).toBe(false);
	});
	it('knownCodes keeps known codes once each, in order, and says what it left out', () => {
		expect(kinds.knownCodes.parse('E06000015,E08000026,E06000015')).toEqual({ ok: true, value: ['E06000015', 'E08000026'] });
		expect(kinds.knownCodes.parse('E08000026,nope,toString')).toMatchObject({ ok: true, value: ['E08000026'], note: expect.stringContaining('2 of its codes') });
		expect(kinds.knownCodes.parse(',,,').ok).toBe(false);
	});
	it('knownCodes keeps the first of 500 codes, up to its limit', () => {
		const codes = Array.from({ length: 500 }, (_, i) => `E${String(10000000 + i).padStart(8, '0')}`);
		const kind = knownCodes(codes, 12);
		const raw = codes.join(',');
		expect(raw.length).toBeLessThan(MAX_RAW_LENGTH);
		expect(kind.parse(raw)).toMatchObject({ ok: true, value: codes.slice(0, 12), note: expect.stringContaining('names 500 authorities; the first 12') });
	});
});

describe('text', () => {
	it('keeps plain text up to its limit and refuses control characters', () => {
		expect(text(100).parse('Child Q')).toEqual({ ok: true, value: 'Child Q' });
		expect(text(100).parse('x'.repeat(101)).ok).toBe(false);
		expect(text(100).parse('neglect\u0000').ok).toBe(false);
	});
	it('quotes hostile text short and without control characters', () => {
		expect(quoted('a\u0000b')).toBe('“a�b”');
		expect(quoted('x'.repeat(10_000))).toHaveLength(43);
	});
});

describe('Param', () => {
	const asAt = () => new Param('as_at', '2025-03-31', monthEndWithin('2014-03-21', '2025-03-31'), (v) => v);
	it('takes a good value from the URL with no note', () => {
		const param = asAt();
		param.read(new URLSearchParams('as_at=2019-08-15'));
		expect([param.value, param.note]).toEqual(['2019-08-31', null]);
		expect(param.serialised()).toBe('2019-08-31');
	});
	it('keeps the default for a bad value, with a note naming the parameter', () => {
		const param = asAt();
		param.read(new URLSearchParams('as_at=2020-13-45'));
		expect(param.value).toBe('2025-03-31');
		expect(param.note).toBe('The link’s “as_at” “2020-13-45” is not a real date, so this page shows 2025-03-31.');
		param.read(new URLSearchParams('as_at=31/08/2019'));
		expect(param.note).toBe('The link’s “as_at” “31/08/2019” is not a date written year-month-day, so this page shows 2025-03-31.');
		expect(param.serialised()).toBeNull();
	});
	it('leaves a missing value alone', () => {
		const param = asAt();
		param.read(new URLSearchParams('other=1'));
		expect([param.value, param.note]).toEqual(['2025-03-31', null]);
	});
});
