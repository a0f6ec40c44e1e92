import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../data/import/changes';

describe('the import’s report of what changed', () => {
	const before = 'inspection_id,grade\nA,Good\nB,Inadequate\nC,Good\n';
	it('counts rows added, changed and removed, by the table’s key, with examples', () => {
		expect(describeChanges('inspections.csv', before, 'inspection_id,grade\nA,Good\nB,Requires improvement\nD,Good\n')).toBe('inspections.csv: 3 rows; 1 added (D), 1 changed (B), 1 removed (C)');
		expect(describeChanges('inspections.csv', before, before)).toBe('inspections.csv: 3 rows, unchanged');
		expect(describeChanges('inspections.csv', null, before)).toBe('inspections.csv: 3 rows (new)');
	});
	it('keys rows by several columns where one does not identify them', () => {
		const values = (v: string) => `ons_code,indicator,period,release,value\nE1,cla_rate,2024,cla-2025,${v}\n`;
		expect(describeChanges('indicator_values.csv', values('80'), values('81'))).toBe('indicator_values.csv: 1 rows; 0 added, 1 changed (E1 cla_rate 2024 cla-2025), 0 removed');
	});
});
