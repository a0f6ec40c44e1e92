/**
 * Every named query the site runs, by topic. The same text runs on DuckDB in Node (prerender) and
 * on duckdb-wasm in the browser (when a control changes); the engine-parity test loops over
 * `QUERIES`, so a query defined in a topic module is checked on both engines with its samples.
 */
import * as benchmark from './benchmark';
import * as catalogue from './catalogue';
import * as compare from './compare';
import { isQuery, type Query } from './define';
import * as grades from './grades';
import * as indicators from './indicators';
import * as journeys from './journeys';
import * as reviews from './reviews';
import * as trends from './trends';
import * as uploads from './uploads';
import * as windows from './windows';

export * from './benchmark';
export * from './catalogue';
export * from './compare';
export * from './define';
export * from './grades';
export * from './indicators';
export * from './journeys';
export * from './reviews';
export * from './trends';
export * from './uploads';
export * from './windows';

/** Every query of every topic module: defining one in a topic adds it here. */
export const QUERIES: Query<unknown, unknown>[] = [grades, journeys, compare, trends, windows, indicators, benchmark, reviews, uploads, catalogue].flatMap((topic) => Object.values(topic).filter(isQuery));
