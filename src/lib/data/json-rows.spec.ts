import { describe, expect, it } from 'vitest';
import { transport } from '../../hooks';
import { JsonRows, rowsFromJson, rowsToJson } from './json-rows';

describe('rows sent as JSON', () => {
	const rows = [
		{ ons_code: 'E08000026', name: 'Coventry', grade: 'Good', share: 0.125, cases: 3, valid_to: null, authorities: [{ name: 'Bury', from_date: '2014-03-21' }] },
		{ ons_code: 'E09000002', name: 'Barking "and" Dagenham </script>', grade: null, share: -0.5, cases: 0, valid_to: '2019-03-31', authorities: [] }
	];

	it('come back as the same plain array, through the transport hook', () => {
		const sent = JsonRows.from(rows);
		const encoded = transport.JsonRows.encode(sent);
		expect(encoded).toEqual([expect.any(String)]);
		const received = transport.JsonRows.decode(encoded);
		expect(Array.isArray(received) && received.constructor).toBe(Array);
		expect(received).toEqual(rows);
	});

	it('are sent as tables that name each column once, nested lists too', () => {
		const json = rowsToJson(rows);
		expect(json.match(/"ons_code"/g)).toHaveLength(1);
		expect(json.length).toBeLessThan(JSON.stringify(rows).length);
		const nested = [
			{ grade: 'Good', authorities: [{ name: 'Bury', from_date: '2014-03-21' }, { name: 'Derby', from_date: null }] },
			{ grade: 'Inadequate', authorities: [] }
		];
		expect(rowsToJson(nested).match(/"from_date"/g)).toHaveLength(1);
		expect(rowsFromJson(rowsToJson(nested))).toEqual(nested);
	});

	it('keep as objects the lists whose keys differ, in name or order, and read them back unchanged', () => {
		const unlike = [{ a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1 }, [1, 2], 'text', null, { $table: 'no' }];
		expect(() => rowsToJson(unlike)).toThrow(/key "\$table"/);
		const sent = unlike.slice(0, -1);
		const received = rowsFromJson(rowsToJson(sent));
		expect(received).toEqual(sent);
		expect(received.map((row) => (row && typeof row === 'object' ? Object.keys(row) : row))).toEqual([['a', 'b'], ['b', 'a'], ['a'], ['0', '1'], 'text', null]);
	});

	it('leave other arrays to SvelteKit', () => {
		expect(transport.JsonRows.encode(rows)).toBe(false);
	});

	it('stop the build on a value JSON would change, naming it', () => {
		expect(() => rowsToJson([{ share: Number.NaN }])).toThrow(/"share" is NaN/);
		expect(() => rowsToJson([{ share: Infinity }])).toThrow(/"share" is Infinity/);
		expect(() => rowsToJson([{ cases: undefined }])).toThrow(/"cases" is undefined/);
		expect(() => rowsToJson([{ cases: 3n }])).toThrow(/"cases" is 3/);
		expect(() => rowsToJson([{ share: 1 }, { share: Number.NaN }])).toThrow(/"share" is NaN/);
		expect(rowsFromJson(rowsToJson([{ share: 0 }]))).toEqual([{ share: 0 }]);
	});
});
