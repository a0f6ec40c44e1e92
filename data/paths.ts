/** Where the build writes the site's data files. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = join(root, 'data');
export const siteDataDir = join(root, 'static', 'db');
export const siteDbPath = join(siteDataDir, 'site.duckdb');
