import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorities, dataDates, gradeShareOverTime, latestGradesAt } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { siteDb } from '$lib/server/db';

export async function load() {
	const db = await siteDb();
	const dates = await dataDates(db);
	const start = monthEnd(dates.first_publication);
	const end = monthEnd(dates.latest_inspection);
	const series = await gradeShareOverTime(db, start, end, dates.latest_publication);
	const latest = await latestGradesAt(db, end, dates.latest_publication);
	const all = await authorities(db);
	return {
		dates,
		start,
		end,
		series,
		latest,
		regions: [...new Set(all.filter((a) => !a.valid_to).map((a) => a.region))].sort(),
		mapCodes: (JSON.parse(readFileSync(join(process.cwd(), 'static', 'db', 'manifest.json'), 'utf8')) as { map: { codes: string[] } }).map.codes
	};
}
