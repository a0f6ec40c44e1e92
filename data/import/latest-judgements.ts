/**
 * A check of the history against each release's own table of latest judgements: every authority's
 * latest overall grade, computed from the inspections imported, must be the one the release lists
 * as at its date, and from the same inspection. A deleted or altered history row shows up here.
 */
import type { InspectionRow } from '../../src/lib/data/schema';
import type { AuthorityIndex } from './authorities';
import { OFSTED } from './ofsted';
import { ofstedRelease } from './releases';
import { readSource, SourceError, sourceName, type SheetSource } from './source';

/** Each release's table of latest judgements (as at and cut-off from data/sources.ts), and its known differences. */
const SHEETS: { source: SheetSource; release: string; known?: Record<string, string> }[] = [
	{ source: OFSTED.latest2025, release: 'ofsted-2025' },
	// Differences between releases, each also in data/SOURCES.md; the newer release is kept.
	{ source: OFSTED.latest2024, release: 'ofsted-2024', known: { 'Isles of Scilly': 'Inadequate (2023-07-10)' } },
	// South Tyneside (published 10 May 2023, past the cut-off), which the release's notes say it included.
	{ source: OFSTED.latest2023, release: 'ofsted-2023', known: { 'South Tyneside': 'Inadequate (2022-12-05)' } }
];

export function checkLatestJudgements(from: string, index: AuthorityIndex, inspections: InspectionRow[]): void {
	for (const { source, release, known = {} } of SHEETS) {
		const { as_at: asAt, cut_off: publishedBy } = ofstedRelease(release);
		const differences: string[] = [];
		for (const row of readSource(from, source)) {
			const name = row.text('Local authority name');
			const code = index.byName(name, false);
			if (!code) throw row.error('Local authority name', `unknown local authority "${name}"`);
			// A council created since its last inspection (Cumberland, say) is listed as not yet inspected.
			const notYet = /not yet inspected/i.test(row.text('Overall effectiveness')) || /not yet inspected/i.test(row.text('Inspection date'));
			const listed = notYet ? null : row.grade('Overall effectiveness');
			const listedOn = notYet ? null : row.date('Inspection date');
			const latest = inspections
				.filter((i) => i.ons_code === code && (i.inspection_date ?? i.publication_date) <= asAt && i.publication_date <= publishedBy)
				.sort((a, b) => (a.inspection_date ?? a.publication_date).localeCompare(b.inspection_date ?? b.publication_date))
				.at(-1);
			const ours = latest ? `${latest.overall_effectiveness} (${latest.inspection_date ?? latest.publication_date})` : 'no grade';
			const theirs = listed ? `${listed} (${listedOn})` : 'no grade';
			if (ours !== theirs && known[name] !== theirs) differences.push(`row ${row.row}, ${name}: the sheet lists ${theirs}, the history gives ${ours}`);
		}
		if (differences.length) {
			throw new SourceError(
				sourceName(source),
				0,
				'Overall effectiveness',
				`the latest judgements differ from the inspection history as at ${asAt}: ${differences.join('; ')}. Check both sheets; where Ofsted's notes correct one, record the correction in data/import/`
			);
		}
	}
}
