/**
 * Where each Ofsted table is in the releases as published: file, sheet, the first cell of its header
 * row (title rows above it are skipped), which table of the sheet, and the day the release was
 * published (no date in it can be later).
 */
import { ofstedRelease } from './releases';
import type { SheetSource } from './source';

/** A release's file and the day it was published, as data/sources.ts records them. */
function release(id: string): { file: string; released: string } {
	const { file, published } = ofstedRelease(id);
	return { file, released: published };
}
const RELEASE_2023 = release('ofsted-2023');
const RELEASE_2024 = release('ofsted-2024');
const RELEASE_2025 = release('ofsted-2025');

export const OFSTED = {
	/** Every inspection 2009–2023 of the current authorities, one wide row each (SIF dates are publication dates). */
	history2009: { ...RELEASE_2023, sheet: 'LA_inspections_2009-2023', header: 'Web link' },
	history2009Former: { ...RELEASE_2023, sheet: 'LA_inspections_2009-2023', header: 'Web link', table: 2 },
	/** First and second ILACS inspections 2018–2024, wide. */
	ilacs2024: { ...RELEASE_2024, sheet: 'ILACS_inspections_2018-2024', header: 'Web link' },
	ilacs2024Former: { ...RELEASE_2024, sheet: 'ILACS_inspections_2018-2024', header: 'Web link', table: 2 },
	/** Every ILACS inspection 2018–2025, one row each, with inspection dates and ONS codes. */
	ilacsHistory2025: { ...RELEASE_2025, sheet: 'ILACS_inspection_history', header: 'Web link' },
	/** Each release's latest judgement of every authority as at its 31 March. */
	latest2025: { ...RELEASE_2025, sheet: 'Inspections_as_at_31_March', header: 'Web link' },
	latest2024: { ...RELEASE_2024, sheet: 'Inspections_31_March_2024', header: 'Web link' },
	latest2023: { ...RELEASE_2023, sheet: 'LA_level_at_31_Mar_2023', header: 'Web link' },
	/** Each release's in-year activity (1 April to 31 March): inspections, focused visits and monitoring visits, newest first. */
	inYear2025: { ...RELEASE_2025, sheet: 'In-year_inspections', header: 'Web link' },
	inYear2024: { ...RELEASE_2024, sheet: 'Inspections_in_year_2023-24', header: 'Web link' },
	inYear2023: { ...RELEASE_2023, sheet: 'LA_level_in_year_2022-23', header: 'Web link' }
} satisfies Record<string, SheetSource>;

/**
 * A report link from an Ofsted sheet, or null when the cell holds no address. Ofsted's older sheets
 * give its report pages as http://; the same pages are served over https, so the link is upgraded
 * (the source row, cited beside it, still shows what the sheet says).
 */
export function reportLink(cell: string): string | null {
	if (!/^https?:\/\//i.test(cell)) return null;
	const url = new URL(cell);
	if (url.protocol === 'http:' && /(^|\.)ofsted\.gov\.uk$/i.test(url.hostname)) url.protocol = 'https:';
	return url.href;
}
