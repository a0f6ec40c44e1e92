/** Bad source files stop the import with file, row and column, a non-zero exit, and data/ untouched. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hasRaw, rawDir, root } from '../shared';

const RELEASE_2025 = 'ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods';
const HISTORY = 'LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet “ILACS_inspection_history”';

/** An edit of one sheet's XML in an .ods file (other sheets repeat the same rows). */
const inSheet = (sheet: string, edit: (xml: string) => string) => (content: string) =>
	content.replace(new RegExp(`<table:table table:name="${sheet}"[\\s\\S]*?</table:table>`), edit);
/** Coventry's row of a sheet, edited. */
const coventryRow = (edit: (row: string) => string) => (xml: string) => xml.replace(/<table:table-row(?:(?!<table:table-row)[\s\S])*?>E08000026<(?:(?!<table:table-row)[\s\S])*?<\/table:table-row>/, edit);

/** Runs the import CLI on a copy of the official files with one file edited (a spreadsheet's content.xml), into a folder of sentinels. */
function importWith(file: string, edit: (text: string) => string) {
	const from = mkdtempSync(join(tmpdir(), 'raw-'));
	for (const dir of ['ofsted', 'dfe', 'geo', 'lait', 'case_reviews', 'sin']) cpSync(join(rawDir, dir), join(from, dir), { recursive: true });
	const path = join(from, file);
	if (file.endsWith('.ods')) {
		const entries = unzipSync(new Uint8Array(readFileSync(path)));
		const original = strFromU8(entries['content.xml']);
		const edited = edit(original);
		expect(edited).not.toBe(original);
		writeFileSync(path, zipSync({ ...entries, 'content.xml': strToU8(edited) }));
	} else {
		const original = readFileSync(path, 'utf8');
		const edited = edit(original);
		expect(edited).not.toBe(original);
		writeFileSync(path, edited);
	}
	const out = mkdtempSync(join(tmpdir(), 'data-'));
	writeFileSync(join(out, 'inspections.csv'), 'sentinel\n');
	const result = spawnSync('npx', ['tsx', 'data/import/main.ts', '--from', from, '--out', out], { cwd: root, encoding: 'utf8' });
	return { ...result, outFiles: readdirSync(out), sentinel: readFileSync(join(out, 'inspections.csv'), 'utf8') };
}

describe.skipIf(!hasRaw)('bad input stops the import', () => {
	it('names an unknown grade label with its file, row and column', () => {
		// Coventry's 2022 ILACS is row 55 of the history sheet.
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace(/(ILACS Standard Inspection<\/text:p><\/table:table-cell><table:table-cell[^>]*><text:p>)Good/, '$1Adequate'))));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain(`${HISTORY}, row 55, column "Overall effectiveness": unknown grade "Adequate"`);
		expect(run.outFiles).toEqual(['inspections.csv']);
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('names an unknown local authority code', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('>E08000026<', '>E08999999<'))));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain(`${HISTORY}, row 55, column "Local authority area code": unknown local authority code "E08999999"`);
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('names an indicator value that is neither a number nor a suppression code', () => {
		const file = 'dfe/csww_indicators_2017_to_2025.csv';
		// Row 75 is Coventry 2025; its turnover_rate_fte is 11.3.
		const run = importWith(file, (text) => text.replace(/^(2025,Reporting year,Local authority,[^\n]*?,Coventry,(?:[^,]*,){6})11\.3,/m, '$1n/a,'));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain(`${file}, row 75, column "turnover_rate_fte": "n/a" is neither a number nor a suppression code`);
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('names both rows of a DfE figure given twice', () => {
		const file = 'dfe/csww_indicators_2017_to_2025.csv';
		const run = importWith(file, (text) => text.replace(/^(2025,Reporting year,Local authority,[^\n]*?,Coventry,[^\n]*\n)/m, '$1$1'));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/csww_indicators_2017_to_2025\.csv, row 76, column "[a-z_]+": sw_[a-z]+ for E08000026 in 2025 is given twice: here and in row 75; remove one of them/);
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('lists case-review areas that match no authority', () => {
		const file = 'case_reviews/case_reviews_cited.csv';
		const run = importWith(file, (text) => text.replace('coventry-2013-daniel-pelka,Coventry,', 'coventry-2013-daniel-pelka,Atlantis,'));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain(`${file}, column "la_name": no local authority matches "Atlantis"`);
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('names an impossible date', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('office:date-value="2022-06-20T00:00:00"', 'office:date-value="2022-02-30T00:00:00"'))));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain(`${HISTORY}, row 55, column "Inspection date": "2022-02-30T00:00:00" is not a real date`);
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('refuses an inspection dated after its publication, and a publication after the release', () => {
		const late = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('office:date-value="2022-06-20T00:00:00"', 'office:date-value="2022-09-20T00:00:00"'))));
		expect(late.status).not.toBe(0);
		expect(late.stderr).toContain(`${HISTORY}, row 55, column "Inspection date": the inspection (2022-09-20) is dated after its report's publication (2022-08-12)`);
		expect(late.sentinel).toBe('sentinel\n');
		const future = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row.replace('office:date-value="2022-08-12T00:00:00"', 'office:date-value="2031-08-12T00:00:00"'))));
		expect(future.status).not.toBe(0);
		expect(future.stderr).toContain(`${HISTORY}, row 55, column "Publication date": 2031-08-12 is after the release itself was published (2025-09-25)`);
	});

	it('names both rows of an inspection listed twice', () => {
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', coventryRow((row) => row + row)));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('the same inspection (E08000026-ILACS-2022-08-12) is listed twice: here and at LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet ILACS_inspection_history, row 55; remove one of them');
		expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('notices a deleted inspection: the history no longer gives the release’s own latest judgement', () => {
		// Barnet's second ILACS (June 2024), its latest.
		const barnet2024 = /<table:table-row(?:(?!<table:table-row)[\s\S])*?>E09000003<(?:(?!<table:table-row)[\s\S])*?2024-06-10T00:00:00(?:(?!<table:table-row)[\s\S])*?<\/table:table-row>/;
		const run = importWith(RELEASE_2025, inSheet('ILACS_inspection_history', (xml) => xml.replace(barnet2024, '')));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet “Inspections_as_at_31_March”, column "Overall effectiveness": the latest judgements differ from the inspection history as at 2025-03-31');
		expect(run.stderr).toContain('Barnet: the sheet lists Good (2024-06-10), the history gives Good (2019-05-13)');
		expect(run.sentinel).toBe('sentinel\n');
	});

	it('says which sheet it expected when a release’s layout has changed', () => {
		const run = importWith(RELEASE_2025, (content) => content.replace('table:name="ILACS_inspection_history"', 'table:name="History"'));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('has no sheet “ILACS_inspection_history”; its sheets are');
		expect(run.stderr).toContain('“History”');
		expect(run.sentinel).toBe('sentinel\n');
	});
});
