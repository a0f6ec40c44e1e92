import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RecordReader } from './records';
import type { Dialect } from './sniff';

/** Reads `text` in chunks of `size` characters. */
function readInChunks(text: string, size: number, dialect: Dialect) {
	const reader = new RecordReader(dialect);
	const rows: string[][] = [];
	for (let at = 0; at < text.length; at += size) rows.push(...reader.push(text.slice(at, at + size)).rows);
	rows.push(...reader.push('', true).rows);
	return rows;
}

const comma: Dialect = { delimiter: ',', newline: '\n', sure: true };

describe('rows from text in chunks', () => {
	const text = 'a,b,c\n1,"two\nlines",3\n"quote ""inside""",x,y\n\nlast,row,"with, comma"\n';
	it('are the rows papaparse reads from the whole text, whatever the chunk size', () => {
		const whole = Papa.parse<string[]>(text.slice(0, -1), { delimiter: ',', newline: '\n' }).data;
		for (const size of [1, 2, 3, 5, 7, 16, 1000]) expect(readInChunks(text, size, comma), `chunks of ${size}`).toEqual(whole);
	});
	it('with CRLF and lone CR line endings', () => {
		expect(readInChunks('a,b\r\n1,"x\r\ny"\r\n', 3, { ...comma, newline: '\r\n' })).toEqual([['a', 'b'], ['1', 'x\r\ny']]);
		expect(readInChunks('a,b\r1,2\r', 2, { ...comma, newline: '\r' })).toEqual([['a', 'b'], ['1', '2']]);
	});
	it('keep a blank line as a row, so row numbers stay those of the file', () => {
		expect(readInChunks('a\n\nb\n', 1, comma)).toEqual([['a'], [''], ['b']]);
	});
});
