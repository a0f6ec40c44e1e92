/**
 * Every named query the site runs, by topic. The same text runs on DuckDB in Node (prerender) and
 * on duckdb-wasm in the browser (when a control changes); the engine-parity test loops over
 * `QUERIES`, so a query added here is checked on both engines with its samples.
 */
import * as compare from './compare';
import * as grades from './grades';
import * as indicators from './indicators';
import * as journeys from './journeys';
import * as reviews from './reviews';
import * as trends from './trends';

export * from './compare';
export * from './define';
export * from './grades';
export * from './indicators';
export * from './journeys';
export * from './reviews';
export * from './trends';

export const QUERIES = [
	grades.dataDates,
	grades.gradeShareOverTime,
	grades.latestGradesAt,
	grades.authorities,
	journeys.inspectionsOf,
	journeys.areasAtInspections,
	journeys.journeys,
	compare.presetCodes,
	compare.neighboursOf,
	trends.transitions,
	trends.inadequateSpells,
	trends.movers,
	indicators.indicatorSeries,
	indicators.indicatorByGrade,
	reviews.caseReviews,
	reviews.gradesAtReviews,
	reviews.notifications
] as const;
