/** Case reviews: mapped to authorities, dates kept at the precision the source gives. */
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../src/lib/engine/node';
import { reportLink } from '../../data/import/ofsted';
import { siteDb } from '../shared';

const db = await openNodeEngine(siteDb);
afterAll(() => db.close());

describe('case reviews', () => {
	it('map every review to at least one current or abolished authority', async () => {
		const [{ unmapped, reviews }] = await db.query<{ unmapped: number; reviews: number }>(`
			SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM case_review_authorities l JOIN authorities a USING (ons_code) WHERE l.review_id = r.review_id)) AS unmapped,
			       count(*) AS reviews
			FROM case_reviews r`);
		expect(reviews).toBe(109);
		expect(unmapped).toBe(0);
	});

	it('map partnership reviews to every council they cover, and former councils to their own codes', async () => {
		const codes = async (area: string) =>
			(await db.query<{ codes: string[] }>(`SELECT list(DISTINCT l.ons_code ORDER BY l.ons_code) AS codes FROM case_reviews r JOIN case_review_authorities l USING (review_id) WHERE r.area_name = '${area}'`))[0].codes;
		expect(await codes('Derby and Derbyshire')).toEqual(['E06000015', 'E10000007']);
		expect(await codes('City and Hackney')).toEqual(['E09000001', 'E09000012']);
		expect(await codes('Cambridgeshire and Peterborough')).toEqual(['E06000031', 'E10000003']);
		expect(await codes('Cumbria')).toEqual(['E10000006']);
		expect(await codes('Dorset')).toEqual(['E10000009']); // the 2014 review: Dorset County Council
	});

	it('keep Coventry’s reviews with the date precision their sources give', async () => {
		const rows = await db.query(`
			SELECT r.subject, CAST(r.publication_date AS VARCHAR) AS publication_date, r.publication_year, r.date_precision
			FROM case_reviews r JOIN case_review_authorities l USING (review_id) WHERE l.ons_code = 'E08000026' ORDER BY r.review_id`);
		expect(rows).toEqual([
			{ subject: 'Daniel Pelka', publication_date: '2013-09-17', publication_year: 2013, date_precision: 'day' },
			{ subject: 'Child G, Child H, Child I, Child J, Child K', publication_date: '2016-07-11', publication_year: 2016, date_precision: 'day' },
			{ subject: null, publication_date: null, publication_year: 2021, date_precision: 'year' },
			{ subject: null, publication_date: null, publication_year: null, date_precision: 'unknown' } // the eight children: no date in its source
		]);
	});

	it('keep notification totals only for the years found', async () => {
		const rows = await db.query<{ period_label: string; total: number }>('SELECT period_label, total FROM notifications ORDER BY period_start');
		expect(rows.map((r) => r.period_label)).not.toContain('2018-19');
		expect(rows[0]).toEqual({ period_label: '2014-15', total: 385 });
	});
});

describe('report and source links', () => {
	it('mark the reviews whose link is a third party’s copy, as their transcribed titles say', async () => {
		const copies = await db.query<{ source_title: string }>('SELECT source_title FROM case_reviews WHERE source_is_copy ORDER BY review_id');
		expect(copies.length).toBe(21);
		expect(copies.every((c) => /\b(copy|mirror|via)\b/i.test(c.source_title))).toBe(true);
		const [original] = await db.query<{ source_is_copy: boolean }>(`SELECT source_is_copy FROM case_reviews WHERE subject = 'Daniel Pelka'`);
		expect(original.source_is_copy).toBe(false);
	});

	it('link every Ofsted report over https', async () => {
		const [{ insecure, links }] = await db.query<{ insecure: number; links: number }>(`
			SELECT count(*) FILTER (WHERE report_url NOT LIKE 'https://%') AS insecure, count(report_url) AS links
			FROM (SELECT report_url FROM inspections UNION ALL SELECT report_url FROM visits)`);
		expect(links).toBeGreaterThan(400);
		expect(insecure).toBe(0);
	});

	it('upgrade only Ofsted’s own http addresses, and keep no address where the cell has none', () => {
		expect(reportLink('http://reports.ofsted.gov.uk/inspection-reports/find-inspection-report/provider/CARE/80449')).toBe('https://reports.ofsted.gov.uk/inspection-reports/find-inspection-report/provider/CARE/80449');
		expect(reportLink('http://example.org/ofsted.gov.uk')).toBe('http://example.org/ofsted.gov.uk');
		expect(reportLink('http://notofsted.gov.uk/x')).toBe('http://notofsted.gov.uk/x');
		expect(reportLink('See report')).toBeNull();
		expect(reportLink('')).toBeNull();
	});
});
