/** The grade scale, frameworks and table shapes shared by the import, the build and the site. */

/** Ofsted's four-point scale, best first. The rank is the order used everywhere (1 = Outstanding). */
export const GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;
export type Grade = (typeof GRADES)[number];

/** Every label the official releases use for a grade, normalised to our scale. */
const GRADE_LABELS: Record<string, Grade> = {
	outstanding: 'Outstanding',
	good: 'Good',
	'requires improvement to be good': 'Requires improvement',
	'requires improvement': 'Requires improvement',
	ri: 'Requires improvement',
	inadequate: 'Inadequate'
};

/**
 * The grade for an official label, undefined for an empty cell or "-" (Ofsted's mark for a judgement
 * not made, e.g. no adoption judgement), or null when the label is unknown.
 */
export function normaliseGrade(label: string): Grade | undefined | null {
	const key = label.trim().replace(/\s+/g, ' ').toLowerCase();
	if (key === '' || key === '-') return undefined;
	return GRADE_LABELS[key] ?? null;
}


export const FRAMEWORKS = ['SIF', 'ILACS'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const INSPECTION_TYPES = [
	'SIF inspection',
	'SIF re-inspection',
	'ILACS standard',
	'ILACS short'
] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

/** Sub-judgements harmonised across SIF and ILACS, in the order Ofsted reports them. */
export const JUDGEMENTS = [
	{ key: 'overall_effectiveness', label: 'Overall effectiveness', short: 'Overall' },
	{ key: 'help_and_protection', label: 'Children who need help and protection', short: 'Help & protection' },
	{ key: 'children_in_care', label: 'Children in care', short: 'Children in care' },
	{ key: 'care_leavers', label: 'Care leavers', short: 'Care leavers' },
	{ key: 'adoption', label: 'Adoption (SIF only)', short: 'Adoption' },
	{ key: 'leadership', label: 'Leadership', short: 'Leadership' },
	{ key: 'lscb', label: 'Local Safeguarding Children Board (first SIF only)', short: 'LSCB' }
] as const;
export type JudgementKey = (typeof JUDGEMENTS)[number]['key'];

export interface Authority {
	ons_code: string;
	dfe_code: string;
	name: string;
	region_code: string;
	region: string;
	subregion: string | null;
	ofsted_region: string;
	valid_from: string | null;
	valid_to: string | null;
	successor_codes: string | null;
	other_codes: string | null;
}

/** An authority's cell in the equal-area map: a hex of an odd-r grid (rows rising northwards), or half of one. */
export interface HexCell {
	ons_code: string;
	q: number;
	r: number;
	half: 'west' | 'east' | null;
	placement: string;
}

export type InspectionRow = {
	inspection_id: string;
	ons_code: string;
	framework: Framework;
	inspection_type: InspectionType;
	inspection_date: string | null;
	publication_date: string;
	report_url: string | null;
	source_file: string;
	source_row: number;
	also_in: string | null;
	source_conflicts: string | null;
} & Record<JudgementKey, Grade | null>;

export interface StatisticalNeighbour {
	ons_code: string;
	neighbour_code: string;
	rank: number;
	closeness: string;
}

/**
 * Something dated on an authority's timeline besides inspections: a published case review, or a
 * row of an analyst's own review log with the same columns. `precision` says how much of the date
 * is known; a year-only event is drawn as a span, an undated one only listed.
 */
export interface TimelineEvent {
	id: string;
	title: string;
	kind: string;
	date: string | null;
	year: number | null;
	precision: 'day' | 'year' | 'unknown';
	url: string | null;
}
