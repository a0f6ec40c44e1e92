/** The build-time engine: one read-only connection to the bundled site database, shared by every prerendered page. */
import type { Engine } from '$lib/data/engine';
import { openNodeEngine } from '$lib/engine/node';
import { runQuery, type Query } from '$lib/data/queries';
import { siteDataFile } from './site-data';

let engine: Promise<Engine> | undefined;

export function siteEngine(): Promise<Engine> {
	engine ??= openNodeEngine(siteDataFile('site.duckdb'));
	return engine;
}

/** A query's rows for a page's defaults, with the inputs they belong to: what a live query starts from. */
export async function prerendered<Args, RowType>(query: Query<Args, RowType>, args: NoInfer<Args>): Promise<{ args: Args; rows: RowType[] }> {
	return { args, rows: await runQuery(await siteEngine(), query, args) };
}
