/** `npm run sql`: any SQL on the bundled data, printed as CSV. */
import { describe, expect, it } from 'vitest';
import { runScript } from '../shared';

const sql = (query: string) => runScript('data/sql.ts', [query]);

describe('npm run sql', () => {
	it('prints latest_grades results as CSV', () => {
		const run = sql(`SELECT region, round(100 * avg((grade_rank <= 2)::INT)) AS pct FROM latest_grades(DATE '2024-03-31')
			WHERE grade_rank IS NOT NULL AND region IN ('London', 'North West') GROUP BY ALL ORDER BY 1`);
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('region,pct\nLondon,85\nNorth West,36\n');
	});

	it('reports a bad query on stderr with a non-zero exit', () => {
		const run = sql('SELECT no_such_column FROM inspections');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('no_such_column');
		expect(run.stdout).toBe('');
	});
});
