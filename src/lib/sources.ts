/** The source lines under the charts: which official data, up to when. */
import type { DataDates } from './data/queries';
import { formatDay } from './format';

/** "Source: Ofsted, <newest release> (published …) and earlier releases: inspections to … published by …." */
export const ofstedSource = (dates: DataDates) =>
	`Source: Ofsted, ${dates.release_title} (published ${formatDay(dates.release_published)}) and earlier releases: SIF and ILACS inspections to ${formatDay(dates.latest_inspection)}, published by ${formatDay(dates.latest_publication)}.`;
