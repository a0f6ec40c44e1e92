/**
 * The ODS reader against the tables extracted from Ofsted's three releases: every extracted CSV is,
 * row for row and cell for cell, the table the reader finds in the `.ods` as published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readOds, sheetTable } from '../../src/lib/sheets/ods';
import { hasRaw, rawDir } from '../shared';

const RELEASE_2025 = 'LA_Inspection_Outcomes_as_at_31_March_2025.ods';
const RELEASE_2024 = 'LA_Inspection_Outcomes_as_at_March_2024.ods';
const RELEASE_2023 = 'Childrens_social_care_in_England_2023_underlying_data.ods';

/** Each extracted CSV: the release, sheet and table it was taken from (../shared/data/raw/SOURCES.md). */
const EXTRACTS: [csv: string, ods: string, sheet: string, table: number][] = [
	['ofsted_2025_ilacs_inspection_history_2018_2025.csv', RELEASE_2025, 'ILACS_inspection_history', 1],
	['ofsted_2025_latest_judgements_at_31_march_2025.csv', RELEASE_2025, 'Inspections_as_at_31_March', 1],
	['ofsted_2025_in_year_activity_2024_25.csv', RELEASE_2025, 'In-year_inspections', 1],
	['ofsted_2024_latest_judgements_at_31_march_2024.csv', RELEASE_2024, 'Inspections_31_March_2024', 1],
	['ofsted_2024_in_year_activity_2023_24.csv', RELEASE_2024, 'Inspections_in_year_2023-24', 1],
	['ofsted_2024_ilacs_first_second_2018_2024_current_las.csv', RELEASE_2024, 'ILACS_inspections_2018-2024', 1],
	['ofsted_2024_ilacs_2018_2024_former_las.csv', RELEASE_2024, 'ILACS_inspections_2018-2024', 2],
	['ofsted_csc2023_la_inspections_2009_2023_current_las.csv', RELEASE_2023, 'LA_inspections_2009-2023', 1],
	['ofsted_csc2023_la_inspections_2009_2023_former_las.csv', RELEASE_2023, 'LA_inspections_2009-2023', 2],
	['ofsted_csc2023_latest_judgements_at_31_march_2023.csv', RELEASE_2023, 'LA_level_at_31_Mar_2023', 1],
	['ofsted_csc2023_in_year_activity_2022_23.csv', RELEASE_2023, 'LA_level_in_year_2022-23', 1]
];

const dir = join(rawDir, 'ofsted');
const releases = new Map<string, Map<string, string[][]>>();
const release = (file: string) => {
	if (!releases.has(file)) releases.set(file, readOds(new Uint8Array(readFileSync(join(dir, file))), file));
	return releases.get(file)!;
};

describe.skipIf(!hasRaw || !existsSync(dir))('the .ods as published give the extracted tables exactly', () => {
	it.each(EXTRACTS)('%s', (csv, ods, sheet, nth) => {
		const expected = Papa.parse<string[]>(readFileSync(join(dir, 'extracted', csv), 'utf8'), { skipEmptyLines: true }).data;
		const table = sheetTable(release(ods), sheet, expected[0][0], ods, nth);
		// The extractor dropped ODF's encoded spaces (text:s: " -", "SIF)  First"), which the reader keeps.
		const spaces = (cells: string[]) => cells.map((c) => c.replace(/ +/g, ' ').trim());
		expect(spaces(table.header)).toEqual(spaces(expected[0]));
		expect(table.rows).toHaveLength(expected.length - 1);
		expect(table.rows.map(spaces)).toEqual(expected.slice(1).map(spaces));
	});
});
