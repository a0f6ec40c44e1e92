import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOds, sheetTable, SpreadsheetError } from './ods';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"';
/** An .ods file with these sheets (name → the rows' XML). */
const ods = (sheets: Record<string, string>, content?: string) =>
	zipSync({
		mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
		'content.xml': strToU8(
			content ??
				`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${Object.entries(sheets)
					.map(([name, rows]) => `<table:table table:name="${name}">${rows}</table:table>`)
					.join('')}</office:spreadsheet></office:body></office:document-content>`
		)
	});
const text = (value: string, extra = '') => `<table:table-cell office:value-type="string"${extra}><text:p>${value}</text:p></table:table-cell>`;
const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
const empty = (n: number) => `<table:table-cell table:number-columns-repeated="${n}"/>`;

describe('readOds', () => {
	it('reads text, dates, numbers and links as the cells store them', () => {
		const sheets = readOds(
			ods({
				Data: row(
					text('Good'),
					'<table:table-cell office:value-type="date" office:date-value="2022-08-12T00:00:00"><text:p>12/08/2022</text:p></table:table-cell>',
					'<table:table-cell office:value-type="float" office:value="82.5"><text:p>82.50</text:p></table:table-cell>',
					text('Ofsted Local Authority Webpage', ' table:formula="of:=IF([.B5]=&quot;&quot;;&quot;&quot;;HYPERLINK(&quot;https://reports.ofsted.gov.uk/provider/44/301&quot;;&quot;Ofsted Local Authority Webpage&quot;))"'),
					'<table:table-cell office:value-type="string"><text:p><text:a xlink:href="https://example.org/">a link</text:a></text:p></table:table-cell>'
				)
			})
		);
		expect(sheets.get('Data')).toEqual([['Good', '2022-08-12T00:00:00', '82.5', 'https://reports.ofsted.gov.uk/provider/44/301', 'https://example.org/']]);
	});

	it('keeps encoded spaces, line breaks and tabs, joins paragraphs, and skips comments', () => {
		const cell = '<table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p></office:annotation><text:p>First SIF<text:s text:c="2"/>Overall<text:line-break/>(OE)<text:tab/>x</text:p><text:p>second <text:span>line</text:span></text:p></table:table-cell>';
		expect(readOds(ods({ S: row(cell) })).get('S')).toEqual([['First SIF  Overall\n(OE)\tx\nsecond line']]);
	});

	it('expands repeated cells and rows, keeps empty cells and rows between values, and drops them at the edges', () => {
		const sheets = readOds(
			ods({
				S:
					row(text('a'), empty(2), text('b', ' table:number-columns-repeated="2"'), empty(16000)) +
					'<table:table-row table:number-rows-repeated="2">' + empty(1024) + '</table:table-row>' +
					'<table:table-row table:number-rows-repeated="2">' + text('c') + '</table:table-row>' +
					'<table:table-row table:number-rows-repeated="1048000">' + empty(1024) + '</table:table-row>',
				Empty: ''
			})
		);
		expect(sheets.get('S')).toEqual([['a', '', '', 'b', 'b'], [], [], ['c'], ['c']]);
		expect(sheets.get('Empty')).toEqual([]);
	});

	it('says what is wrong with a file that is not a spreadsheet', () => {
		expect(() => readOds(strToU8('Local authority,grade\n'), 'grades.ods')).toThrow(new SpreadsheetError('grades.ods is not an OpenDocument spreadsheet (it is not a zip archive).'));
		expect(() => readOds(zipSync({ 'other.xml': strToU8('<a/>') }), 'x.ods')).toThrow('x.ods is not an OpenDocument spreadsheet (it has no content.xml).');
		expect(() => readOds(ods({}, '<office:document-content><table:table>'), 'cut.ods')).toThrow(/^cut\.ods could not be read as a spreadsheet: /);
	});

	it('refuses a file that claims more rows or columns than a sheet has, rather than expanding them', () => {
		const huge = `<table:table-row table:number-rows-repeated="1000000000">${text('x')}</table:table-row>`;
		expect(() => readOds(ods({ S: huge }), 'huge.ods')).toThrow('huge.ods could not be read as a spreadsheet: a row repeated 1000000000 times');
		expect(() => readOds(ods({ S: row(text('x', ' table:number-columns-repeated="1e9"')) }), 'wide.ods')).toThrow('wide.ods could not be read as a spreadsheet: a cell repeated 1e9 times');
	});
});

describe('sheetTable', () => {
	const sheets = readOds(
		ods({
			Outcomes:
				row(text('Local authority inspection outcomes')) +
				row(text('Web link'), text('Local authority name'), text('Overall effectiveness')) +
				row(text('https://a'), text('Coventry'), text('Good')) +
				row(text('https://b'), text('Derby')) +
				row(text('Table 2: former authorities')) +
				row(text('Web link'), text('Local authority name'), text('Overall effectiveness')) +
				row(text('https://c'), text('Poole'), text('Inadequate'))
		})
	);

	it('finds a table below its title rows, each row as wide as its header, up to the next title', () => {
		expect(sheetTable(sheets, 'Outcomes', 'Web link')).toEqual({
			header: ['Web link', 'Local authority name', 'Overall effectiveness'],
			rows: [
				['https://a', 'Coventry', 'Good'],
				['https://b', 'Derby', '']
			],
			headerRow: 2
		});
		expect(sheetTable(sheets, 'Outcomes', 'Web link', 'f.ods', 2).rows).toEqual([['https://c', 'Poole', 'Inadequate']]);
	});

	it('names the sheets and first cells it found when the layout has changed', () => {
		expect(() => sheetTable(sheets, 'Inspections', 'Web link', 'f.ods')).toThrow('f.ods has no sheet “Inspections”; its sheets are “Outcomes”.');
		expect(() => sheetTable(sheets, 'Outcomes', 'URN', 'f.ods')).toThrow('f.ods, sheet “Outcomes”: no header row starting “URN” (the first cells of its first rows are “Local authority inspection outcomes”, “Web link”, “https://a”, “https://b”, “Table 2: former authorities”).');
		expect(() => sheetTable(sheets, 'Outcomes', 'Web link', 'f.ods', 3)).toThrow('f.ods, sheet “Outcomes”: no table 3 header row starting “Web link”');
	});
});
