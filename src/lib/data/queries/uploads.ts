/** The user's own series (uploaded on /upload/, loaded in the page's DuckDB), beside the site's figures. */
import { codesValue, defineQuery } from './define';

export interface UploadedPoint {
	ons_code: string;
	period: string;
	year: number;
	/** Where the point sits on a time axis: the date the file gives, or 31 March of the year given. */
	period_end: string;
	value: number | null;
	suppression: string | null;
}

/** One uploaded series for some areas, oldest first. */
export const uploadedSeries = defineQuery<{ upload: string; measure: string; codes: string[] }, UploadedPoint>({
	name: 'uploadedSeries',
	sql: `
		SELECT ons_code, period, year, CAST(coalesce(period_end, make_date(year, 3, 31)) AS VARCHAR) AS period_end, value, suppression
		FROM uploaded_series
		WHERE upload = $upload AND measure = $measure AND year IS NOT NULL AND list_contains(string_split($codes, ','), ons_code)
		ORDER BY ons_code, period_end, source_row`,
	params: (a) => ({ upload: a.upload, measure: a.measure, codes: codesValue(a.codes) }),
	// tests/upload-sample.ts loads this upload (the example file of /upload/) into both engines.
	samples: [{ upload: 'upload_dfe_children_in_need_example', measure: 'Anypoint_episodes_rate (Children in Need)', codes: ['E08000026', 'E06000029', 'E92000001'] }]
});
