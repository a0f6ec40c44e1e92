/**
 * The upload's text reader (delimiter and line-ending sniffing, then rows read a chunk at a time)
 * against other people's test cases: csv-spectrum's files and papaparse's own core parser cases,
 * at several chunk sizes; and a property: any table written as CSV reads back unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RecordReader } from '../../src/lib/upload/records';
import { sniffDialect, type Dialect } from '../../src/lib/upload/sniff';
import { root } from '../shared';

function readInChunks(text: string, size: number, dialect: Dialect = sniffDialect(text)): string[][] {
	const reader = new RecordReader(dialect);
	const rows: string[][] = [];
	for (let at = 0; at < text.length; at += size) rows.push(...reader.push(text.slice(at, at + size)).rows);
	rows.push(...reader.push('', true).rows);
	return rows;
}

const SIZES = [1, 2, 3, 7, 64, 1 << 20];

describe('csv-spectrum', () => {
	const dir = join(root, 'node_modules', 'csv-spectrum');
	// location_coordinates is left out: its expected JSON is one object, not a list, and gives another
	// phone number than its CSV holds (1234567890 against 2095257564); the case checks nothing.
	const cases = readdirSync(join(dir, 'csvs'))
		.map((f) => f.replace(/\.csv$/, ''))
		.filter((name) => name !== 'location_coordinates');
	it('has its cases', () => expect(cases.length).toBe(11));
	it.each(cases)('%s', (name) => {
		const text = readFileSync(join(dir, 'csvs', `${name}.csv`), 'utf8');
		const expected = JSON.parse(readFileSync(join(dir, 'json', `${name}.json`), 'utf8')) as Record<string, string>[];
		for (const size of SIZES) {
			const [header, ...rows] = readInChunks(text, size);
			const records = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
			expect(records, `chunks of ${size}`).toEqual(expected.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))));
		}
	});
});

describe('papaparse’s core parser cases', () => {
	// The test data of papaparse's own suite, as published in its package.
	const source = readFileSync(join(root, 'node_modules', 'papaparse', 'tests', 'test-cases.js'), 'utf8');
	const start = source.indexOf('var CORE_PARSER_TESTS = [');
	const body = source.slice(start, source.indexOf('\n];\n', start) + 3);
	const all = new Function(`${body}; return CORE_PARSER_TESTS;`)() as { description: string; input: string; config?: object; expected: { data: string[][]; errors: unknown[] } }[];
	// Cases with their own settings or expected parse errors test options and recovery we do not use.
	const cases = all.filter((c) => !c.config && c.expected.errors.length === 0 && c.input !== '');
	it('has its cases', () => expect(cases.length).toBeGreaterThan(30));
	it.each(cases.map((c) => [c.description, c] as const))('%s', (_, c) => {
		const newline = /\r\n/.test(c.input) ? '\r\n' : /\r/.test(c.input) && !/\n/.test(c.input) ? '\r' : '\n';
		// A line ending at the very end closes the last row; it does not start an empty one.
		const expected = c.input.endsWith(newline) && c.expected.data.at(-1)?.join('') === '' ? c.expected.data.slice(0, -1) : c.expected.data;
		for (const size of SIZES) expect(readInChunks(c.input, size, { delimiter: ',', newline, sure: true }), `chunks of ${size}`).toEqual(expected);
	});
});

describe('a table written as CSV', () => {
	it('reads back unchanged, whatever its cells and however it is cut into chunks', () => {
		const cell = fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', '\n', '\r\n', ' a ', '=1+1', 'é£“”', 'x,"y"\nz'));
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom('\n', '\r\n'), (width, size, newline) =>
				fc.assert(
					fc.property(fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 }), (rows) => {
						const table = [Array.from({ length: width }, (_, i) => `column ${i + 1}`), ...rows];
						const text = Papa.unparse(table, { newline, quotes: false }) + newline;
						expect(readInChunks(text, size, { delimiter: ',', newline, sure: true })).toEqual(table);
					}),
					{ numRuns: 20 }
				)
			),
			{ numRuns: 25 }
		);
	});
});
