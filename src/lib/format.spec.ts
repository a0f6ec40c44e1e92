import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatShortMonth } from './format';

/** What the pages wrote with Intl (en-GB, UTC) before the dates were written by hand. */
const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

describe('dates as the pages write them', () => {
	// Every day of the inspection era and beyond, leap days and month ends included.
	const days = Array.from({ length: 366 * 15 }, (_, i) => new Date(Date.UTC(2012, 0, 1 + i)).toISOString().slice(0, 10));

	it('write every day as Intl does for en-GB: "21 March 2014", "March 2014", "Sept 2014"', () => {
		const [day, month, short] = [intl({ day: 'numeric', month: 'long', year: 'numeric' }), intl({ month: 'long', year: 'numeric' }), intl({ month: 'short', year: 'numeric' })];
		for (const iso of days) {
			const date = new Date(`${iso}T00:00:00Z`);
			expect([formatDay(iso), formatMonth(iso), formatShortMonth(iso)]).toEqual([day.format(date), month.format(date), short.format(date)]);
		}
		expect(formatDay('2014-03-21')).toBe('21 March 2014');
		expect(formatShortMonth('2014-09-30')).toBe('Sept 2014');
	});

	it('refuse what is not a date rather than print "NaN"', () => {
		for (const bad of ['', '2014-13-01', 'yesterday', '2014-02-30x']) {
			expect(() => formatDay(bad)).toThrow(RangeError);
			expect(() => formatMonth(bad)).toThrow(RangeError);
			expect(() => formatShortMonth(bad)).toThrow(RangeError);
		}
	});
});
