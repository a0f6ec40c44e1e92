/**
 * `case_reviews`, `case_review_authorities` and `notifications`: the cited case reviews (transcribed
 * from public pages, each with its URL and a verbatim quote) mapped to authorities, and the national
 * serious-incident notification totals that could be found. Dates keep their precision: a review
 * known only by its year has no day, and one with no stated date has neither.
 */
import type { AuthorityIndex } from './authorities';
import { readSource, SourceError, type SourceRow } from './source';

export const FILES = {
	reviews: 'case_reviews/case_reviews_cited.csv',
	notifications: 'sin/serious_incident_notifications_england_transcribed.csv'
};

/** The review types of the source file, named in full. */
const REVIEW_TYPES: Record<string, string> = {
	SCR: 'Serious case review',
	LCSPR: 'Local child safeguarding practice review',
	'National panel review': 'National panel review',
	Other: 'Other inquiry'
};

/** Safeguarding partnerships that span councils, and the names some sources use for a council. */
const AREAS: Record<string, string[]> = {
	'Derby and Derbyshire': ['Derby', 'Derbyshire'],
	'City and Hackney': ['City of London', 'Hackney'],
	'Cambridgeshire and Peterborough': ['Cambridgeshire', 'Peterborough'],
	Newcastle: ['Newcastle upon Tyne']
};

export interface CaseReviewRow {
	review_id: string;
	area_name: string;
	review_type: string;
	subject: string | null;
	publication_date: string | null;
	publication_year: number | null;
	/** 'day', 'year' or 'unknown': how much of the publication date the source states. */
	date_precision: 'day' | 'year' | 'unknown';
	abuse_types: string | null;
	children_count: number | null;
	agencies: string | null;
	source_url: string;
	source_title: string;
	/** The source is a third party's copy of the page (a document-sharing site, a mirror), as the transcriber's title says. */
	source_is_copy: boolean;
	quote: string;
	source_row: number;
}

/** How the transcribed titles mark a copy: "(vdocuments copy)", "(… via PressReader)", "(… viewer mirror; …)". */
const COPY_NOTE = /\b(copy|mirror|via)\b/i;

export interface CaseReviewAuthorityRow {
	review_id: string;
	ons_code: string;
}

/** The authority a name meant on a date: where a name has had two councils (Dorset), the one then existing. */
function authorityOn(index: AuthorityIndex, name: string, year: number | null): string | undefined {
	const current = index.byName(name);
	const former = index.byName(name, true);
	if (!current || !former || current === former || year === null) return current ?? former;
	const formerAuthority = index.authorities.find((a) => a.ons_code === former)!;
	return formerAuthority.valid_to && Number(formerAuthority.valid_to.slice(0, 4)) > year ? former : current;
}

export function importCaseReviews(from: string, index: AuthorityIndex) {
	const reviews: CaseReviewRow[] = [];
	const links: CaseReviewAuthorityRow[] = [];
	const unmapped = new Set<string>();
	for (const row of readSource(from, FILES.reviews)) {
		const type = REVIEW_TYPES[row.text('review_type')];
		if (!type) throw row.error('review_type', `unknown review type "${row.text('review_type')}" (expected ${Object.keys(REVIEW_TYPES).join(', ')})`);
		const date = row.date('publication_date');
		const yearText = row.text('publication_year');
		if (yearText && !/^(19|20)\d{2}$/.test(yearText)) throw row.error('publication_year', `"${yearText}" is not a year`);
		const year = yearText ? Number(yearText) : null;
		if (date && Number(date.slice(0, 4)) !== year) throw row.error('publication_date', `${date} is not in publication_year ${yearText}`);
		const area = row.text('la_name');
		const codes = (AREAS[area] ?? [area]).map((name) => authorityOn(index, name, year));
		if (codes.some((c) => !c)) unmapped.add(area);
		for (const code of codes) if (code) links.push({ review_id: row.text('review_id'), ons_code: code });
		reviews.push({
			review_id: row.text('review_id'),
			area_name: area,
			review_type: type,
			subject: row.text('review_subject') || null,
			publication_date: date,
			publication_year: year,
			date_precision: date ? 'day' : year ? 'year' : 'unknown',
			abuse_types: row.text('abuse_types') || null,
			children_count: count(row, 'children_count'),
			agencies: row.text('agencies_criticised') || null,
			source_url: row.text('source_url'),
			source_title: row.text('source_title'),
			source_is_copy: COPY_NOTE.test(row.text('source_title')),
			quote: row.text('quote'),
			source_row: row.row
		});
	}
	if (unmapped.size) {
		throw new SourceError(FILES.reviews, 0, 'la_name', `no local authority matches ${[...unmapped].map((n) => `"${n}"`).join(', ')}; add them to AREAS in data/import/case-reviews.ts`);
	}
	const ids = new Set(reviews.map((r) => r.review_id));
	if (ids.size !== reviews.length) throw new SourceError(FILES.reviews, 0, 'review_id', 'review ids are not unique');
	return {
		reviews: reviews.sort((a, b) => a.review_id.localeCompare(b.review_id)),
		links: links.sort((a, b) => a.review_id.localeCompare(b.review_id) || a.ons_code.localeCompare(b.ons_code))
	};
}

function count(row: SourceRow, column: string): number | null {
	const text = row.text(column);
	if (text === '') return null;
	if (!/^\d+$/.test(text)) throw row.error(column, `"${text}" is not a whole number`);
	return Number(text);
}

export interface NotificationRow {
	period_label: string;
	period_start: string;
	period_end: string;
	publisher: string;
	total: number;
	child_death: number | null;
	serious_harm: number | null;
	other: number | null;
	source_url: string;
	source_quote: string;
}

/** National serious-incident notification totals, only the years found: gaps stay gaps. */
export function importNotifications(from: string): NotificationRow[] {
	return readSource(from, FILES.notifications)
		.map((row) => ({
			period_label: row.text('period_label'),
			period_start: row.date('period_start')!,
			period_end: row.date('period_end')!,
			publisher: row.text('publisher'),
			total: count(row, 'total_notifications')!,
			child_death: count(row, 'child_death'),
			serious_harm: count(row, 'serious_harm'),
			other: count(row, 'other'),
			source_url: row.text('source_url'),
			source_quote: row.text('source_quote')
		}))
		.sort((a, b) => a.period_start.localeCompare(b.period_start));
}
