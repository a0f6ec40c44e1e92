/** The source lines under the charts: which official data, up to when. */
import type { DataDates } from './data/queries';
import { formatDay } from './format';

/** "Source: Ofsted, <newest release> (published …) and earlier releases: inspections to … published by …." */
export const ofstedSource = (dates: DataDates) =>
	`Source: Ofsted, ${dates.release_title} (published ${formatDay(dates.release_published)}) and earlier releases: SIF and ILACS inspections to ${formatDay(dates.latest_inspection)}, published by ${formatDay(dates.latest_publication)}.`;

/**
 * The years Ofsted's in-year tables cover (the 2023, 2024 and 2025 releases: the years to 31 March
 * 2023, 2024 and 2025): the only years the visits table has. Earlier and later visits are not in it.
 */
export const VISITS_COVER = { from: '2022-04-01', to: '2025-03-31' };
export const VISITS_COVERAGE = `Visits are from Ofsted’s in-year tables for the years ${formatDay(VISITS_COVER.from)} to ${formatDay(VISITS_COVER.to)} (the first also lists a few visits of late March 2022, reported in April): a visit outside those years is not in them, so no visit shown there does not mean there was none.`;
