/** Reading one source file: what is said about empty, header-only, non-UTF-8 files and dates after a release, on small files made here. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSource, SourceError } from '../../data/import/source';
import { writeOds } from '../fixtures/ods';

const dir = mkdtempSync(join(tmpdir(), 'sources-'));
const file = (name: string, content: string | Uint8Array) => {
	writeFileSync(join(dir, name), content);
	return name;
};
const problem = (read: () => unknown) => {
	try {
		read();
	} catch (error) {
		expect(error).toBeInstanceOf(SourceError);
		return (error as Error).message;
	}
	throw new Error('no error');
};

describe('CSV sources', () => {
	it('read records by header, rows numbered as a spreadsheet shows them', () => {
		const rows = readSource(dir, file('ok.csv', '\uFEFFla_name,value\nCoventry,82\n'));
		expect(rows.map((r) => [r.row, r.text('la_name'), r.text('value')])).toEqual([[2, 'Coventry', '82']]);
	});
	it('say an empty file is empty and a header-only file has no rows', () => {
		expect(problem(() => readSource(dir, file('empty.csv', '\n \n')))).toBe('empty.csv, column "(file)": is empty');
		expect(problem(() => readSource(dir, file('header.csv', 'la_name,value\n')))).toBe('header.csv, column "(file)": has a header row but no rows of data');
	});
	it('refuse text that is not UTF-8 rather than decode it into replacement characters', () => {
		const windows1252 = Uint8Array.from([...strToU8('la_name,value\nCoventry,82\nSouthend-on-Sea caf'), 0xe9, ...strToU8(',5\n')]);
		expect(problem(() => readSource(dir, file('cp1252.csv', windows1252)))).toBe(
			'cp1252.csv, row 3, column "(file)": is not UTF-8 text (a Windows-1252 export, say); save it as UTF-8 (“CSV UTF-8” in Excel) and import again'
		);
	});
});

describe('spreadsheet sources', () => {
	const ods = writeOds([['History', [['Inspection outcomes'], ['Web link', 'Publication date'], ['https://a', '2025-05-01T00:00:00'], ['https://b', '2031-01-01T00:00:00']]]]);
	const path = file('release.ods', ods);
	const source = { file: path, sheet: 'History', header: 'Web link', released: '2025-09-25' };

	it('read a table below its title, rows numbered as in the sheet', () => {
		const rows = readSource(dir, source);
		expect(rows.map((r) => [r.file, r.row, r.text('Web link')])).toEqual([
			['release.ods#History', 3, 'https://a'],
			['release.ods#History', 4, 'https://b']
		]);
		expect(rows[0].date('Publication date')).toBe('2025-05-01');
	});
	it('refuse a date after the release was published, naming file, sheet, row and column', () => {
		const [, late] = readSource(dir, source);
		expect(problem(() => late.date('Publication date'))).toBe('release.ods, sheet “History”, row 4, column "Publication date": 2031-01-01 is after the release itself was published (2025-09-25)');
	});
	it('say which sheets there are when the expected one is missing', () => {
		expect(problem(() => readSource(dir, { ...source, sheet: 'ILACS_inspection_history' }))).toBe(
			'release.ods, sheet “ILACS_inspection_history”, column "(sheet)": release.ods has no sheet “ILACS_inspection_history”; its sheets are “History”.'
		);
	});
});
