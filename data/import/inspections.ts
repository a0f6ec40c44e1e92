/**
 * The `inspections` table: every graded SIF and ILACS inspection, one row each, merged across the
 * Ofsted releases that list it. The 2025 ILACS history is the primary ILACS source (it has inspection
 * dates and ONS codes); the 2023 and 2024 releases confirm it (`also_in`) or disagree (`source_conflicts`).
 */
import type { Grade, InspectionRow, InspectionType, JudgementKey } from '../../src/lib/data/schema';
import type { AuthorityIndex } from './authorities';
import { OFSTED, reportLink } from './ofsted';
import { readSource, SourceError, type SourceRow } from './source';


/** Which column of a release holds each judgement of one inspection ('' where the release has none). */
interface Layout {
	type: InspectionType | { column: string };
	inspectionDate?: string;
	publicationDate: string;
	judgements: Partial<Record<JudgementKey, string>>;
}

const SIF_FIRST: Layout = {
	type: 'SIF inspection',
	publicationDate: "Single Inspection of LA Children's Services (SIF) First SIF publication date",
	judgements: {
		overall_effectiveness: 'First SIF Overall Judgement\n(OE)',
		help_and_protection: 'First SIF children who need help and protection',
		children_in_care: 'First SIF children looked after and achieving permanence',
		adoption: 'First SIF CLA Sub: Adoption Performance',
		care_leavers: 'First SIF CLA Sub: Experiences and progress of care leavers',
		leadership: 'First SIF leadership, management and governance',
		lscb: 'LSCB Overall Effectiveness'
	}
};

const SIF_REINSPECTION: Layout = {
	type: 'SIF re-inspection',
	publicationDate: "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
	judgements: {
		overall_effectiveness: 'SIF Re-inspection Overall Judgement\n(OE)',
		help_and_protection: 'SIF Re-inspection children who need help and protection',
		children_in_care: 'SIF Re-inspection children looked after and achieving permanence',
		adoption: 'SIF Re-inspection CLA Sub: Adoption Performance',
		care_leavers: 'SIF Re-inspection CLA Sub: Experiences and progress of care leavers',
		leadership: 'SIF Re-inspection leadership, management and governance'
	}
};

/** The ILACS columns of the 2023 and 2024 wide tables, which differ only in their prefixes. */
function ilacsLayout(prefix: string, separateCareLeavers: boolean, typeColumn = `${prefix} inspection type`): Layout {
	return {
		type: { column: typeColumn },
		publicationDate: `${prefix} publication date`,
		judgements: {
			overall_effectiveness: `${prefix} overall effectiveness`,
			leadership: `${prefix} impact of leaders`,
			help_and_protection: `${prefix} experiences and progress of children who need help and protection`,
			...(separateCareLeavers
				? {
						children_in_care: `${prefix} experiences and progress of children in care`,
						care_leavers: `${prefix} experiences and progress of care leavers`
					}
				: { children_in_care: `${prefix} experiences and progress of children in care and care leavers` })
		}
	};
}

const ILACS_2025: Layout = {
	type: { column: 'Inspection type' },
	inspectionDate: 'Inspection date',
	publicationDate: 'Publication date',
	judgements: {
		overall_effectiveness: 'Overall effectiveness',
		leadership: 'The impact of leaders on social work practice with children and families',
		help_and_protection: 'The experiences and progress of children who need help and protection',
		children_in_care: 'The experiences and progress of children in care',
		care_leavers: 'The experiences and progress of care leavers'
	}
};

const ILACS_TYPES: Record<string, InspectionType> = {
	'ILACS Standard Inspection': 'ILACS standard',
	'ILACS Short Inspection': 'ILACS short'
};

const JUDGEMENT_KEYS: JudgementKey[] = [
	'overall_effectiveness',
	'help_and_protection',
	'children_in_care',
	'adoption',
	'care_leavers',
	'leadership',
	'lscb'
];

/** Reads one inspection from `row` laid out as `layout`, or null when the row has none there. */
function readInspection(row: SourceRow, layout: Layout, onsCode: string): InspectionRow | null {
	const publicationDate = row.date(layout.publicationDate);
	if (!publicationDate) return null;
	let type: InspectionType;
	if (typeof layout.type === 'string') type = layout.type;
	else {
		const label = row.text(layout.type.column);
		type = ILACS_TYPES[label];
		if (!type) throw row.error(layout.type.column, `unknown inspection type "${label}" (expected ILACS Standard Inspection or ILACS Short Inspection)`);
	}
	const grades = Object.fromEntries(
		JUDGEMENT_KEYS.map((key) => [key, layout.judgements[key] ? row.grade(layout.judgements[key]) : null])
	) as Record<JudgementKey, Grade | null>;
	if (!grades.overall_effectiveness) {
		throw row.error(layout.judgements.overall_effectiveness!, 'an inspection with a publication date has no overall effectiveness grade');
	}
	const inspectionDate = layout.inspectionDate ? row.date(layout.inspectionDate) : null;
	if (inspectionDate && inspectionDate > publicationDate) {
		throw row.error(layout.inspectionDate!, `the inspection (${inspectionDate}) is dated after its report's publication (${publicationDate})`);
	}
	return {
		inspection_id: `${onsCode}-${type.startsWith('SIF') ? 'SIF' : 'ILACS'}-${publicationDate}`,
		ons_code: onsCode,
		framework: type.startsWith('SIF') ? 'SIF' : 'ILACS',
		inspection_type: type,
		inspection_date: inspectionDate,
		publication_date: publicationDate,
		...grades,
		report_url: reportLink(row.text('Web link')),
		source_file: row.file.split('/').pop()!,
		source_row: row.row,
		also_in: null,
		source_conflicts: null
	};
}

/** The authority a row names (current councils first, unless `formerFirst`); an unknown name stops the import. */
export function codeByName(row: SourceRow, index: AuthorityIndex, formerFirst: boolean): string {
	const name = row.text('Local authority name');
	const code = index.byName(name, formerFirst);
	if (!code) throw row.error('Local authority name', `unknown local authority "${name}"`);
	return code;
}

const DAY = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** Merges a release's ILACS entry into the primary list: confirms, records a disagreement, or adds it. */
function mergeIlacs(primary: InspectionRow[], entry: InspectionRow) {
	const reference = `${entry.source_file}:${entry.source_row}`;
	const same = primary.find((p) => p.ons_code === entry.ons_code && p.publication_date === entry.publication_date);
	if (same) {
		same.also_in = [same.also_in, reference].filter(Boolean).join('; ');
		const differing = JUDGEMENT_KEYS.filter((k) => entry[k] && same[k] && entry[k] !== same[k]);
		if (differing.length) {
			same.source_conflicts = [same.source_conflicts, `${reference} grades ${differing.map((k) => `${k}=${entry[k]}`).join(', ')}`].filter(Boolean).join('; ');
		}
		return;
	}
	// The same inspection published under another date in an older release (Nottingham 2022).
	const near = primary.find(
		(p) =>
			p.ons_code === entry.ons_code &&
			p.inspection_type === entry.inspection_type &&
			p.overall_effectiveness === entry.overall_effectiveness &&
			daysApart(p.publication_date, entry.publication_date) <= 92
	);
	if (near) {
		near.also_in = [near.also_in, reference].filter(Boolean).join('; ');
		near.source_conflicts = [near.source_conflicts, `${reference} publication_date=${entry.publication_date}`].filter(Boolean).join('; ');
		return;
	}
	primary.push(entry);
}

export function importInspections(from: string, index: AuthorityIndex): InspectionRow[] {
	const sif: InspectionRow[] = [];
	const older: InspectionRow[] = [];
	const wide = [
		{ file: OFSTED.history2009, formerFirst: false, ilacs: [ilacsLayout('First ILACS framework', false), ilacsLayout('Second ILACS framework', true)] },
		{ file: OFSTED.history2009Former, formerFirst: true, ilacs: [ilacsLayout('ILACS framework', false)] }
	];
	for (const { file, formerFirst, ilacs } of wide) {
		for (const row of readSource(from, file)) {
			const code = codeByName(row, index, formerFirst);
			for (const layout of [SIF_FIRST, SIF_REINSPECTION]) {
				const inspection = readInspection(row, layout, code);
				if (inspection) sif.push(inspection);
			}
			for (const layout of ilacs) {
				const inspection = readInspection(row, layout, code);
				if (inspection) older.push(inspection);
			}
		}
	}
	for (const row of readSource(from, OFSTED.ilacs2024)) {
		const code = codeByName(row, index, false);
		for (const prefix of ['First ILACS', 'Second ILACS']) {
			const inspection = readInspection(row, ilacsLayout(prefix, true), code);
			if (inspection) older.push(inspection);
		}
	}
	for (const row of readSource(from, OFSTED.ilacs2024Former)) {
		const inspection = readInspection(row, ilacsLayout('ILACS framework', false), codeByName(row, index, true));
		if (inspection) older.push(inspection);
	}

	const ilacs: InspectionRow[] = [];
	for (const row of readSource(from, OFSTED.ilacsHistory2025)) {
		const given = row.text('Local authority area code');
		const code = index.byOnsCode(given);
		if (!code) throw row.error('Local authority area code', `unknown local authority code "${given}"`);
		const inspection = readInspection(row, ILACS_2025, code);
		if (!inspection) throw row.error(ILACS_2025.publicationDate, 'an inspection in the history has no publication date');
		ilacs.push(inspection);
	}
	for (const entry of older) mergeIlacs(ilacs, entry);

	const all = [...sif, ...ilacs].sort(
		(a, b) => a.ons_code.localeCompare(b.ons_code) || a.publication_date.localeCompare(b.publication_date)
	);
	const seen = new Map<string, InspectionRow>();
	for (const inspection of all) {
		const first = seen.get(inspection.inspection_id);
		if (first) {
			throw new SourceError(
				inspection.source_file,
				inspection.source_row,
				'(row)',
				`the same inspection (${inspection.inspection_id}) is listed twice: here and at ${first.source_file.replace('#', ', sheet ')}, row ${first.source_row}; remove one of them`
			);
		}
		seen.set(inspection.inspection_id, inspection);
	}
	return all;
}
