/** Reading one source file: what is said about empty, header-only, non-UTF-8 files and dates after a release, on small files made here. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSource, SourceError } from '../../data/import/source';

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
	const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
	const cell = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `<table:table-cell office:value-type="date" office:date-value="${value}T00:00:00"/>` : `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`);
	const ods = zipSync({
		'content.xml': strToU8(
			`<office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="History">${[['Inspection outcomes'], ['Web link', 'Publication date'], ['https://a', '2025-05-01'], ['https://b', '2031-01-01']]
				.map((cells) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`)
				.join('')}</table:table></office:spreadsheet></office:body></office:document-content>`
		)
	});
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
