/**
 * Bad source files stop the import: the message names file, sheet, row and column and what to do, the
 * exit code is 1, and the tables already written are byte-identical afterwards. Each case edits a copy
 * of the small cut of the official files in tests/fixtures/official, so these run on a fresh clone.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutOfficial, OFFICIAL_FIXTURES } from '../fixtures/cut-official';
import { hasRaw, root, runScript } from '../shared';

const RELEASE_2025 = 'ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods';
const HISTORY = 'LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet “ILACS_inspection_history”';
const WORKFORCE = 'dfe/csww_indicators_2017_to_2025.csv';
const HEXES = 'geo/odileeds_uk_upper_tier_local_authorities.hexjson';
const DICTIONARY = 'lait/lait_data_dictionary.csv';
/** Coventry's 2025 workforce row (row 16 of the cut), whose turnover_rate_fte is 11.3. */
const COVENTRY_2025 = /^(2025,Reporting year,Local authority,[^\n]*?,Coventry,(?:[^,]*,){6})11\.3,/m;

/** An edit of one sheet's XML in an .ods file. */
const inSheet = (sheet: string, edit: (xml: string) => string) => (content: string) =>
	content.replace(new RegExp(`<table:table table:name="${sheet}"[\\s\\S]*?</table:table>`), edit);
/** The row of a sheet holding `text`, edited. */
const rowWith = (text: string, edit: (row: string) => string) => (xml: string) =>
	xml.replace(new RegExp(`<table:table-row>(?:(?!<table:table-row)[\\s\\S])*?${text}(?:(?!<table:table-row)[\\s\\S])*?</table:table-row>`), edit);
const coventryRow = (edit: (row: string) => string) => rowWith('>E08000026<', edit);

/** The committed tables, copied: the import under test writes here, and must leave them as they are. */
let committed: string;
beforeAll(() => {
	committed = mkdtempSync(join(tmpdir(), 'data-'));
	for (const name of readdirSync(join(root, 'data'))) if (/\.(csv|topojson)$/.test(name)) cpSync(join(root, 'data', name), join(committed, name));
});

/** Runs `npm run data:import -- --from <edited copy of the fixtures> --out <copy of data/>`. */
function importWith(file: string, edit: (text: string) => string | Uint8Array) {
	const from = mkdtempSync(join(tmpdir(), 'downloads-'));
	cpSync(OFFICIAL_FIXTURES, from, { recursive: true });
	const path = join(from, file);
	if (file.endsWith('.ods')) {
		const entries = unzipSync(new Uint8Array(readFileSync(path)));
		const original = strFromU8(entries['content.xml']);
		const edited = edit(original) as string;
		expect(edited).not.toBe(original);
		writeFileSync(path, zipSync({ ...entries, 'content.xml': strToU8(edited) }));
	} else {
		const original = readFileSync(path, 'utf8');
		const edited = edit(original);
		expect(edited).not.toEqual(original);
		writeFileSync(path, edited);
	}
	const out = mkdtempSync(join(tmpdir(), 'out-'));
	cpSync(committed, out, { recursive: true });
	const result = runScript('data/import/main.ts', ['--from', from, '--out', out]);
	const changed = readdirSync(committed).filter((name) => !readFileSync(join(out, name)).equals(readFileSync(join(committed, name))));
	return { ...result, changed, files: readdirSync(out).sort() };
}

/** A refused import: exit code 1, `message` on stderr with no stack trace, every table as it was. */
function expectRefused(run: ReturnType<typeof importWith>, ...messages: string[]) {
	for (const message of messages) expect(run.stderr).toContain(message);
	expect(run.stderr).toContain('Import stopped; nothing in');
	expect(run.stderr).not.toMatch(/\n\s+at /);
	expect(run.status).toBe(1);
	expect(run.changed).toEqual([]);
	expect(run.files).toEqual(readdirSync(committed).sort());
}

describe('the cut of the official files', () => {
	it.skipIf(!hasRaw)('is cut from the official files as they are (re-cut from ../shared, byte for byte)', () => {
		const recut = mkdtempSync(join(tmpdir(), 'recut-'));
		cutOfficial(recut);
		const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name !== 'README.md').map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
		expect(files(recut)).toEqual(files(OFFICIAL_FIXTURES));
		for (const file of files(recut)) expect(readFileSync(join(recut, file)).equals(readFileSync(join(OFFICIAL_FIXTURES, file))), file).toBe(true);
	});

	it('imports, reporting what it read and what changed', () => {
		const out = mkdtempSync(join(tmpdir(), 'out-'));
		const run = runScript('data/import/main.ts', ['--from', OFFICIAL_FIXTURES, '--out', out]);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`${RELEASE_2025}, sheet ILACS_inspection_history: 14 rows`);
		expect(run.stdout).toContain('inspections.csv: 23 rows (new)');
		const coventry = readFileSync(join(out, 'inspections.csv'), 'utf8').split('\n').filter((line) => line.includes(',E08000026,'));
		expect(coventry.map((line) => line.split(',').slice(5, 7).join(' '))).toEqual(['2014-03-21 Inadequate', '2017-06-13 Requires improvement', '2022-08-12 Good']);
	});
});

describe('polarity', () => {
	it('is read from LAIT\u2019s dictionary, not from our code: a changed dictionary changes the table', () => {
		const from = mkdtempSync(join(tmpdir(), 'downloads-'));
		cpSync(OFFICIAL_FIXTURES, from, { recursive: true });
		const path = join(from, DICTIONARY);
		writeFileSync(path, readFileSync(path, 'utf8').replace(',Work_Force_TO_Rate,Low,', ',Work_Force_TO_Rate,High,').replace(',LAC,-,', ',LAC,Low,'));
		const out = mkdtempSync(join(tmpdir(), 'out-'));
		const run = runScript('data/import/main.ts', ['--from', from, '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		const table = readFileSync(join(out, 'indicator_polarity.csv'), 'utf8');
		expect(table).toMatch(/^sw_turnover,Work_Force_TO_Rate,[^\n]*,High,\d+$/m);
		expect(table).toMatch(/^cla_rate,LAC,[^\n]*,Low,\d+$/m);
		expect(readFileSync(join(root, 'data', 'indicator_polarity.csv'), 'utf8')).toMatch(/^sw_turnover,Work_Force_TO_Rate,[^\n]*,Low,47$/m);
	});
});

describe('bad input stops the import', () => {
	it('names an unknown grade label with its file, row and column', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace(/(ILACS Standard Inspection<\/text:p><\/table:table-cell><table:table-cell[^>]*><text:p>)Good/, '$1Adequate'))));
		expectRefused(run, `${HISTORY}, row 9, column "Overall effectiveness": unknown grade "Adequate"`);
	});

	it('names an unknown local authority code', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('>E08000026<', '>E08999999<'))));
		expectRefused(run, `${HISTORY}, row 9, column "Local authority area code": unknown local authority code "E08999999"`);
	});

	it('names an indicator value that is neither a number nor a suppression code', () => {
		const run = importWith(WORKFORCE, (text) => text.replace(COVENTRY_2025, '$1n/a,'));
		expectRefused(run, `${WORKFORCE}, row 16, column "turnover_rate_fte": "n/a" is neither a number nor a suppression code`);
	});

	it('names both rows of a DfE figure given twice', () => {
		const run = importWith(WORKFORCE, (text) => text.replace(/^(2025,Reporting year,Local authority,[^\n]*?,Coventry,[^\n]*\n)/m, '$1$1'));
		expect(run.stderr).toMatch(/csww_indicators_2017_to_2025\.csv, row 17, column "[a-z_]+": sw_[a-z]+ for E08000026 in 2025 is given twice: here and in row 16; remove one of them/);
		expectRefused(run);
	});

	it('lists case-review areas that match no authority', () => {
		const file = 'case_reviews/case_reviews_cited.csv';
		const run = importWith(file, (text) => text.replace('coventry-2013-daniel-pelka,Coventry,', 'coventry-2013-daniel-pelka,Atlantis,'));
		expectRefused(run, `${file}, column "la_name": no local authority matches "Atlantis"`);
	});

	it('refuses a hex layout that puts two councils of the same day on one cell', () => {
		const run = importWith(HEXES, (text) => text.replace(/("Coventry",\s*"q": )6,(\s*"r": )8/, '$111,$28'));
		expectRefused(run, `${HEXES}, column "E08000026": puts Coventry and Barnet, which existed at the same time, on one hex (q 11, r 8)`);
	});

	it('refuses a hex layout missing the hex a new council is placed beside', () => {
		const run = importWith(HEXES, (text) => text.replace('"E10000006"', '"E10999999"'));
		expectRefused(run, `${HEXES}, column "E10000006": has no hex, and E06000064 is placed beside it`);
	});

	it('refuses a data dictionary without one of our LAIT measures, or with a polarity LAIT does not use', () => {
		expectRefused(importWith(DICTIONARY, (text) => text.replace(',Work_Force_TO_Rate,', ',Work_Force_Turnover,')), `LAIT's dictionary should have one measure "Work_Force_TO_Rate" (for sw_turnover) and has 0`);
		expectRefused(importWith(DICTIONARY, (text) => text.replace(',Work_Force_TO_Rate,Low,', ',Work_Force_TO_Rate,Lower,')), `${DICTIONARY}, row 7, column "Polarity": "Lower" is not a polarity LAIT uses`);
	});

	it('names an in-year row of a kind it does not know, and a visit listed twice in one table', () => {
		const IN_YEAR = 'LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet “In-year_inspections”';
		expectRefused(
			importWith(RELEASE_2025, inSheet('In-year_inspections', (xml) => xml.replace('>ILACS Focused Visit<', '>ILACS Joint Visit<'))),
			`${IN_YEAR}, row 8, column "Inspection/Visit type": unknown type "ILACS Joint Visit"`
		);
		expectRefused(
			importWith(RELEASE_2025, inSheet('In-year_inspections', rowWith('"2024-10-01T00:00:00"', (row) => row + row))),
			`${IN_YEAR}, row 9, column "Inspection/Visit date": the focused visit to E06000061 on 2024-10-01 is listed twice: here and in row 8; remove one of them`
		);
	});

	it('names an impossible date', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('office:date-value="2022-06-20T00:00:00"', 'office:date-value="2022-02-30T00:00:00"'))));
		expectRefused(run, `${HISTORY}, row 9, column "Inspection date": "2022-02-30T00:00:00" is not a real date`);
	});

	it('refuses an inspection dated after its publication', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('office:date-value="2022-06-20T00:00:00"', 'office:date-value="2022-09-20T00:00:00"'))));
		expectRefused(run, `${HISTORY}, row 9, column "Inspection date": the inspection (2022-09-20) is dated after its report's publication (2022-08-12)`);
	});

	it('refuses a publication after the release itself was published', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('office:date-value="2022-08-12T00:00:00"', 'office:date-value="2031-08-12T00:00:00"'))));
		expectRefused(run, `${HISTORY}, row 9, column "Publication date": 2031-08-12 is after the release itself was published (2025-09-25)`);
	});

	it('names both rows of an inspection listed twice', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row + row)));
		expectRefused(run, 'the same inspection (E08000026-ILACS-2022-08-12) is listed twice: here and at LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet ILACS_inspection_history, row 9; remove one of them');
	});

	it('notices a deleted inspection: the history no longer gives the release’s own latest judgement', () => {
		// Barnet's second ILACS (June 2024), its latest.
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', rowWith('>E09000003<(?:(?!<table:table-row)[\\s\\S])*?2024-06-10T00:00:00', () => '')));
		expectRefused(
			run,
			'LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet “Inspections_as_at_31_March”, column "Overall effectiveness": the latest judgements differ from the inspection history as at 2025-03-31',
			'Barnet: the sheet lists Good (2024-06-10), the history gives Good (2019-05-13)'
		);
	});

	it('refuses a Windows-1252 file rather than decode it into replacement characters', () => {
		const file = 'case_reviews/case_reviews_cited.csv';
		const run = importWith(file, (text) => Buffer.from(text.replace('Daniel Pelka', 'Daniel Pelka café'), 'latin1'));
		expectRefused(run, `${file}, row 2, column "(file)": is not UTF-8 text (a Windows-1252 export, say); save it as UTF-8`);
	});

	it('says a file is empty, or has a header and no rows, naming that file', () => {
		expectRefused(importWith(WORKFORCE, () => ''), `${WORKFORCE}, column "(file)": is empty`);
		expectRefused(importWith(WORKFORCE, (text) => text.split('\n')[0] + '\n'), `${WORKFORCE}, column "(file)": has a header row but no rows of data`);
	});

	it('says which sheet it expected when a release’s layout has changed', () => {
		const run = importWith(RELEASE_2025, (content) => content.replace('table:name="ILACS_inspection_history"', 'table:name="History"'));
		expectRefused(run, 'has no sheet “ILACS_inspection_history”; its sheets are', '“History”');
	});

	it('says which column it expected when a header has changed', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', (xml) => xml.replace('>Publication date<', '>Date published<')));
		expectRefused(run, `${HISTORY}, row 4, column "Publication date": the header row has no column “Publication date” (its columns are “Web link”,`, '“Date published”');
	});
});
