/** The source lines under the charts: which official data, up to when. */
import type { DataDates } from './data/queries';
import { formatDay } from './format';

/** "Source: Ofsted SIF and ILACS inspection outcomes, inspections to … published by …." */
export const ofstedSource = (dates: DataDates) =>
	`Source: Ofsted SIF and ILACS inspection outcomes, inspections to ${formatDay(dates.latest_inspection)} published by ${formatDay(dates.latest_publication)}.`;
