/** The build-time engine: one read-only connection to the bundled site database, shared by every prerendered page. */
import type { Engine, SqlValue } from '$lib/data/engine';
import { JsonRows } from '$lib/data/json-rows';
import { openNodeEngine } from '$lib/engine/node';
import { runQuery, type Query } from '$lib/data/queries';
import { siteDataFile } from './site-data';

let engine: Promise<Engine> | undefined;

export function siteEngine(): Promise<Engine> {
	engine ??= openNodeEngine(siteDataFile('site.duckdb')).then(askingOnce);
	return engine;
}

/**
 * The database never changes during a build, so a question is asked once: every page's authority
 * list, and an authority's charts on its page and on each of its embeds (half the build's time went
 * on asking again). Pages share the answers, so they are frozen: a page that changed one would throw.
 * The answers go to the browser as JSON (JsonRows), as do the arrays a page makes from them.
 */
function askingOnce(database: Engine): Engine {
	const answers = new Map<string, Promise<unknown[]>>();
	return {
		query<T>(sql: string, params: SqlValue[] = []) {
			const key = JSON.stringify([sql, params]);
			if (!answers.has(key)) answers.set(key, database.query<T>(sql, params).then((rows) => frozen(JsonRows.from(rows))));
			return answers.get(key) as Promise<T[]>;
		}
	};
}

function frozen<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const inner of Object.values(value)) frozen(inner);
		Object.freeze(value);
	}
	return value;
}

/** A query's rows for a page's defaults, with the inputs they belong to: what a live query starts from. */
export async function prerendered<Args, RowType>(query: Query<Args, RowType>, args: NoInfer<Args>): Promise<{ args: Args; rows: RowType[] }> {
	return { args, rows: await runQuery(await siteEngine(), query, args) };
}
