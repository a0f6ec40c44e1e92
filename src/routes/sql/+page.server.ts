import { catalogueMacros, catalogueObjects, runQuery } from '$lib/data/queries';
import { siteEngine } from '$lib/server/site-engine';

/** The public catalogue, from the build's DuckDB: the schema browser shows it before any wasm loads. */
export async function load() {
	const engine = await siteEngine();
	return { objects: await runQuery(engine, catalogueObjects, {}), macros: await runQuery(engine, catalogueMacros, {}) };
}
