/**
 * The `visits` table: Ofsted's ungraded visits to children's services (ILACS focused visits, with
 * their theme, and monitoring visits to authorities judged inadequate), from the in-year sheets of
 * the 2023, 2024 and 2025 releases: activity from April 2022 to March 2025. Earlier visits are in no
 * file the import reads. A visit listed by two releases is one row, with where else it was seen.
 */
import type { AuthorityIndex } from './authorities';
import { codeByName } from './inspections';
import { OFSTED, reportLink } from './ofsted';
import { readSource, type SourceRow } from './source';

export const VISIT_TYPES = { 'ILACS Focused Visit': 'Focused visit', 'LA Monitoring visit': 'Monitoring visit' } as const;
/** The in-year sheets' other rows: graded inspections, which the inspections table has from the histories. */
const INSPECTION_TYPES = new Set(['ILACS Standard Inspection', 'ILACS Short Inspection']);

export interface VisitRow {
	visit_id: string;
	ons_code: string;
	visit_type: (typeof VISIT_TYPES)[keyof typeof VISIT_TYPES];
	visit_date: string;
	/** Only the 2025 release gives it. */
	publication_date: string | null;
	theme: string | null;
	report_url: string | null;
	source_file: string;
	source_row: number;
	also_in: string | null;
	source_conflicts: string | null;
}


function readVisit(row: SourceRow, index: AuthorityIndex, hasCodes: boolean): VisitRow | null {
	const label = row.text('Inspection/Visit type');
	if (INSPECTION_TYPES.has(label)) return null;
	if (!Object.hasOwn(VISIT_TYPES, label)) {
		throw row.error('Inspection/Visit type', `unknown type "${label}" (expected ${[...INSPECTION_TYPES, ...Object.keys(VISIT_TYPES)].join(', ')})`);
	}
	const visitType = VISIT_TYPES[label as keyof typeof VISIT_TYPES];
	let code: string;
	if (hasCodes) {
		const given = row.text('Local authority area code');
		const known = index.byOnsCode(given);
		if (!known) throw row.error('Local authority area code', `unknown local authority code "${given}"`);
		code = known;
	} else code = codeByName(row, index, false);
	const visitDate = row.date('Inspection/Visit date');
	if (!visitDate) throw row.error('Inspection/Visit date', 'a visit has no date');
	const publicationDate = hasCodes ? row.date('Publication date') : null;
	if (publicationDate && publicationDate < visitDate) throw row.error('Publication date', `the report (${publicationDate}) is dated before the visit (${visitDate})`);
	return {
		visit_id: `${code}-${visitType === 'Focused visit' ? 'FV' : 'MV'}-${visitDate}`,
		ons_code: code,
		visit_type: visitType,
		visit_date: visitDate,
		publication_date: publicationDate,
		theme: row.text('Visit Theme') || null,
		report_url: reportLink(row.text('Web link')),
		source_file: row.file.split('/').pop()!,
		source_row: row.row,
		also_in: null,
		source_conflicts: null
	};
}

export function importVisits(from: string, index: AuthorityIndex): VisitRow[] {
	const visits = new Map<string, VisitRow>();
	for (const [sheet, hasCodes] of [[OFSTED.inYear2025, true], [OFSTED.inYear2024, false], [OFSTED.inYear2023, false]] as const) {
		for (const row of readSource(from, sheet)) {
			const visit = readVisit(row, index, hasCodes);
			if (!visit) continue;
			const first = visits.get(visit.visit_id);
			if (!first) {
				visits.set(visit.visit_id, visit);
				continue;
			}
			// Each sheet is in its own release's file: the same file twice is the same sheet listing it twice.
			if (first.source_file === visit.source_file) {
				throw row.error('Inspection/Visit date', `the ${visit.visit_type.toLowerCase()} to ${visit.ons_code} on ${visit.visit_date} is listed twice: here and in row ${first.source_row}; remove one of them`);
			}
			const reference = `${visit.source_file}:${visit.source_row}`;
			first.also_in = [first.also_in, reference].filter(Boolean).join('; ');
			if (visit.theme !== first.theme) first.source_conflicts = [first.source_conflicts, `${reference} theme=${visit.theme ?? '(none)'}`].filter(Boolean).join('; ');
		}
	}
	return [...visits.values()].sort((a, b) => a.ons_code.localeCompare(b.ons_code) || a.visit_date.localeCompare(b.visit_date) || a.visit_type.localeCompare(b.visit_type));
}
