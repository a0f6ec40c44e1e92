import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDates, gradeShareOverTime, latestGradesAt } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { siteDb } from '$lib/server/db';

export async function load() {
	const db = await siteDb();
	const dates = await dataDates(db);
	const start = monthEnd(dates.first_publication);
	const end = monthEnd(dates.latest_inspection);
	const series = await gradeShareOverTime(db, start, end, dates.latest_publication);
	const latest = await latestGradesAt(db, end, dates.latest_publication);
	return {
		dates,
		start,
		end,
		series,
		latest,
		mapCodes: (JSON.parse(readFileSync(join(process.cwd(), 'static', 'db', 'manifest.json'), 'utf8')) as { map: { codes: string[] } }).map.codes
	};
}
