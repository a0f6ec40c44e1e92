import { dataDates, inadequateSpells, indicatorByGrade, movers, transitions } from '$lib/data/queries';
import { monthEnd } from '$lib/format';
import { siteDb } from '$lib/server/db';

/** Prerendered with the defaults the page opens with: England, as at the latest data, the last five years. */
export async function load() {
	const db = await siteDb();
	const dates = await dataDates(db);
	const end = monthEnd(dates.latest_inspection);
	const moversFrom = `${Number(end.slice(0, 4)) - 5}${end.slice(4)}`;
	return {
		dates,
		end,
		moversFrom,
		transitions: await transitions(db, 'consecutive', end),
		spells: await inadequateSpells(db, end),
		movers: await movers(db, moversFrom, end, dates.latest_publication),
		distribution: { indicator: 'cla_rate' as const, rows: await indicatorByGrade(db, 'cla_rate', end, dates.latest_publication) }
	};
}
