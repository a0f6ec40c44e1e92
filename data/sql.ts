/**
 * `npm run sql -- "<SQL>"`: runs any SQL on the bundled data in Node and prints the result as CSV,
 * e.g. npm run sql -- "SELECT region, count(*) FROM latest_grades(DATE '2024-03-31') GROUP BY ALL"
 */
import { existsSync } from 'node:fs';
import Papa from 'papaparse';
import { openNodeEngine } from '../src/lib/engine/node';
import { bundle } from './bundle';
import { siteDbPath } from './paths';

const sql = process.argv.slice(2).join(' ').trim();
if (!sql) {
	console.error('Usage: npm run sql -- "SELECT * FROM latest_grades(DATE \'2024-03-31\') LIMIT 5"');
	process.exit(2);
}
if (!existsSync(siteDbPath)) await bundle();
const db = await openNodeEngine(siteDbPath);
try {
	const rows = await db.query(sql);
	process.stdout.write(rows.length ? Papa.unparse(rows, { newline: '\n' }) + '\n' : '');
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	db.close();
}
