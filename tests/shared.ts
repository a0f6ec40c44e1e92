/** Paths the tests share, and a loud skip when ../shared (the official files) is absent. */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, siteDbPath } from '../data/paths';
import type { Engine } from '../src/lib/data/engine';
import { runQuery, type Query } from '../src/lib/data/queries';

export { root };
export const rawDir = process.env.RAW_DATA_DIR ?? join(root, '..', 'shared', 'data', 'raw');
export const derivedDir = join(rawDir, '..', 'derived');
export const siteDb = siteDbPath;
export const hasRaw = existsSync(rawDir);

if (!hasRaw) {
	console.warn(`\n*** ${rawDir} is absent: the tests that read whole official files are skipped. ***\n`);
}

/** `q(query, args)`: runs a named query on `engine`, for tests that run many. */
export const queriesOn = (engine: Engine) => <Args, RowType>(query: Query<Args, RowType>, args: NoInfer<Args>) => runQuery(engine, query, args);

/**
 * Runs one of the project's TypeScript scripts as `npx tsx <script>` does, from the project root,
 * without npx's start (0.8 s of each run here, and the import tests run it over twenty times).
 */
export const runScript = (script: string, args: string[], options: Partial<SpawnSyncOptionsWithStringEncoding> = {}) =>
	spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', ...options });
