/**
 * Where each Ofsted table is in the releases as published: file, sheet, the first cell of its header
 * row (title rows above it are skipped), and which table of the sheet.
 */
import type { SheetSource } from './source';

const RELEASE_2023 = 'ofsted/Childrens_social_care_in_England_2023_underlying_data.ods';
const RELEASE_2024 = 'ofsted/LA_Inspection_Outcomes_as_at_March_2024.ods';
const RELEASE_2025 = 'ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods';

export const OFSTED = {
	/** Every inspection 2009–2023 of the current authorities, one wide row each (SIF dates are publication dates). */
	history2009: { file: RELEASE_2023, sheet: 'LA_inspections_2009-2023', header: 'Web link' },
	history2009Former: { file: RELEASE_2023, sheet: 'LA_inspections_2009-2023', header: 'Web link', table: 2 },
	/** First and second ILACS inspections 2018–2024, wide. */
	ilacs2024: { file: RELEASE_2024, sheet: 'ILACS_inspections_2018-2024', header: 'Web link' },
	ilacs2024Former: { file: RELEASE_2024, sheet: 'ILACS_inspections_2018-2024', header: 'Web link', table: 2 },
	/** Every ILACS inspection 2018–2025, one row each, with inspection dates and ONS codes. */
	ilacsHistory2025: { file: RELEASE_2025, sheet: 'ILACS_inspection_history', header: 'Web link' }
} satisfies Record<string, SheetSource>;
