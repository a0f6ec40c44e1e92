/**
 * Splits text arriving in chunks into rows, as papaparse reads them, without ever holding the whole
 * file: each chunk is cut at its last line ending outside quotes (a quoted cell may hold line
 * endings), the part before is parsed, the rest waits for the next chunk.
 */
import Papa from 'papaparse';
import type { Dialect } from './sniff';

export interface ParsedRows {
	rows: string[][];
	/** Papaparse's complaints (an unclosed quote, say), by index into `rows`. */
	problems: { index: number; message: string }[];
}

export class RecordReader {
	private carry = '';
	/** Whether the carried text ends inside a quoted cell. */
	private quoted = false;

	constructor(private readonly dialect: Dialect) {}

	/** The complete rows in `text` and what came before it; with `last`, everything left. */
	push(text: string, last = false): ParsedRows {
		const all = this.carry + text;
		let quoted = this.quoted;
		let boundary = -1;
		const newline = this.dialect.newline;
		const end = newline === '\r' ? 13 : 10; // the character that ends a line
		for (let i = this.carry.length; i < all.length; i++) {
			const c = all.charCodeAt(i);
			if (c === 34) quoted = !quoted;
			else if (c === end && !quoted) boundary = i;
		}
		if (last) {
			this.carry = '';
			this.quoted = false;
			if (all === '') return { rows: [], problems: [] };
			return parse(all.endsWith(newline) ? all.slice(0, -newline.length) : all, this.dialect);
		}
		if (boundary < 0) {
			this.carry = all;
			this.quoted = quoted;
			return { rows: [], problems: [] };
		}
		const complete = all.slice(0, boundary + 1 - newline.length);
		this.carry = all.slice(boundary + 1);
		// The carried text's own quotes decide its state: recount them.
		let carryQuoted = false;
		for (let i = 0; i < this.carry.length; i++) if (this.carry.charCodeAt(i) === 34) carryQuoted = !carryQuoted;
		this.quoted = carryQuoted;
		return parse(complete, this.dialect);
	}
}

function parse(text: string, dialect: Dialect): ParsedRows {
	if (text === '') return { rows: [['']], problems: [] };
	const result = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
	return { rows: result.data, problems: result.errors.map((e) => ({ index: e.row ?? 0, message: e.message })) };
}
