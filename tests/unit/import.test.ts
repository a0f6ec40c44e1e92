/** The import, on the whole official files: the committed tables, Coventry, and the hand-made cross-check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../data/import/main';
import { GRADES, normaliseGrade } from '../../src/lib/data/schema';
import { derivedDir, hasRaw, rawDir, root } from '../shared';

const committed = (name: string) => readFileSync(join(root, 'data', name), 'utf8');
const table = (name: string) => Papa.parse<Record<string, string>>(committed(name), { header: true, skipEmptyLines: true }).data;

describe.skipIf(!hasRaw)('import from the official files', () => {
	const output = hasRaw ? runImport(rawDir) : {};

	it('reproduces the committed tables byte for byte', () => {
		for (const [name, content] of Object.entries(output)) expect(content, name).toBe(committed(name));
	});

	it('matches the hand-compiled cross-check, inspection by inspection', () => {
		const derived = Papa.parse<Record<string, string>>(readFileSync(join(derivedDir, 'la_inspections_long_2013_2025.csv'), 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const ours = table('inspections.csv');
		expect(ours).toHaveLength(derived.length);
		for (const expected of derived) {
			const match = ours.find((i) => i.ons_code === expected.ons_code && i.publication_date === expected.publication_date);
			expect(match, `${expected.ons_code} ${expected.publication_date}`).toBeDefined();
			expect(match!.inspection_date).toBe(expected.inspection_date);
			for (const key of ['overall_effectiveness', 'help_and_protection', 'children_in_care', 'adoption', 'care_leavers', 'leadership', 'lscb']) {
				expect(match![key], `${expected.ons_code} ${expected.publication_date} ${key}`).toBe(normaliseGrade(expected[key]) ?? '');
			}
		}
	});

	it('gives every current authority the DfE code and region of the cross-check reference', () => {
		const reference = Papa.parse<Record<string, string>>(readFileSync(join(derivedDir, 'la_reference_153.csv'), 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const ours = new Map(table('authorities.csv').map((a) => [a.ons_code, a]));
		for (const expected of reference) {
			const authority = ours.get(expected.ons_code)!;
			expect(authority.dfe_code).toBe(expected.dfe_la_code);
			expect(authority.ofsted_region).toBe(expected.ofsted_region);
			expect(authority.subregion || authority.region).toBe(expected.region_name);
		}
	});
});

describe('the committed tables', () => {
	const authorities = table('authorities.csv');
	const inspections = table('inspections.csv');

	it('hold the 153 current authorities and the five abolished since 2013', () => {
		expect(authorities.filter((a) => !a.valid_to)).toHaveLength(153);
		expect(authorities.filter((a) => a.valid_to).map((a) => a.name).sort()).toEqual(['Bournemouth', 'Cumbria', 'Dorset', 'Northamptonshire', 'Poole']);
		const cumbria = authorities.find((a) => a.ons_code === 'E10000006')!;
		expect(cumbria).toMatchObject({ valid_to: '2023-03-31', successor_codes: 'E06000063;E06000064' });
	});

	it('use only grades on the scale, and every grade of it', () => {
		const keys = ['overall_effectiveness', 'help_and_protection', 'children_in_care', 'adoption', 'care_leavers', 'leadership', 'lscb'];
		const seen = new Set(inspections.flatMap((i) => keys.map((k) => i[k])).filter(Boolean));
		expect([...seen].sort()).toEqual([...GRADES].sort());
		expect(inspections.every((i) => i.overall_effectiveness)).toBe(true);
	});

	it('record Coventry (E08000026) exactly as Ofsted published it', () => {
		const coventry = inspections.filter((i) => i.ons_code === 'E08000026');
		expect(coventry.map((i) => [i.inspection_type, i.inspection_date, i.publication_date, i.overall_effectiveness])).toEqual([
			['SIF inspection', '', '2014-03-21', 'Inadequate'],
			['SIF re-inspection', '', '2017-06-13', 'Requires improvement'],
			['ILACS standard', '2022-06-20', '2022-08-12', 'Good']
		]);
		expect(coventry[0]).toMatchObject({ help_and_protection: 'Inadequate', leadership: 'Inadequate', lscb: 'Inadequate' });
	});

	it('merge an inspection listed by several releases into one row, keeping where it was seen', () => {
		const coventryIlacs = inspections.find((i) => i.inspection_id === 'E08000026-ILACS-2022-08-12')!;
		expect([coventryIlacs.source_file, coventryIlacs.source_row]).toEqual(['LA_Inspection_Outcomes_as_at_31_March_2025.ods#ILACS_inspection_history', '55']);
		expect(coventryIlacs.also_in).toContain('Childrens_social_care_in_England_2023_underlying_data.ods#LA_inspections_2009-2023:33');
		const nottingham = inspections.find((i) => i.inspection_id === 'E06000018-ILACS-2022-09-05')!;
		expect(nottingham.source_conflicts).toContain('publication_date=2022-11-05');
		expect(new Set(inspections.map((i) => i.inspection_id)).size).toBe(inspections.length);
	});

	it('list Bradford’s monitoring visits and Northamptonshire successors’ focused visits, each with its date, theme and source row', () => {
		const visits = table('visits.csv');
		expect(visits).toHaveLength(185);
		const bradford = visits.filter((v) => v.ons_code === 'E08000032').map((v) => `${v.visit_date} ${v.visit_type}: ${v.theme}`);
		expect(bradford).toEqual([
			'2022-07-27 Monitoring visit: Care leavers',
			'2023-07-18 Monitoring visit: Front door',
			'2023-11-08 Monitoring visit: Children in need/subject to a plan',
			'2024-02-27 Monitoring visit: Children in need/subject to a plan',
			'2024-05-22 Monitoring visit: Achieving permanence',
			'2025-02-11 Monitoring visit: Children in care'
		]);
		expect(visits.find((v) => v.visit_id === 'E06000061-FV-2024-10-01')).toMatchObject({ theme: 'Care leavers', publication_date: '2024-10-31', source_file: 'LA_Inspection_Outcomes_as_at_31_March_2025.ods#In-year_inspections' });
		// Only the in-year tables' years (the first lists a few visits of late March 2022).
		expect(visits.every((v) => v.visit_date >= '2022-03-01' && v.visit_date <= '2025-03-31')).toBe(true);
	});

	it('give every authority one hex, no two councils of the same day on one cell', () => {
		const hexes = table('hex_layout.csv');
		expect(hexes.map((h) => h.ons_code).sort()).toEqual(authorities.map((a) => a.ons_code).sort());
		const cell = (code: string) => hexes.find((h) => h.ons_code === code)!;
		// Recoded from the layout's old county code; the successors of Northamptonshire share its hex in halves.
		expect(cell('E06000060').placement).toBe('Open Innovations layout, hex of E10000002');
		expect([cell('E06000062'), cell('E06000061')].map((h) => [h.q, h.r, h.half])).toEqual([
			[cell('E10000021').q, cell('E10000021').r, 'west'],
			[cell('E10000021').q, cell('E10000021').r, 'east']
		]);
		const current = hexes.filter((h) => !authorities.find((a) => a.ons_code === h.ons_code)!.valid_to);
		expect(new Set(current.map((h) => `${h.q},${h.r},${h.half}`)).size).toBe(153);
	});
});
