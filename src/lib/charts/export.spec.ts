import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellText, citationBibtex, citationText, standaloneSvg, tableCsv, tableTsv } from './export';
import { textWidth, wrap } from './layout';

describe('a chart as a file', () => {
	it('SVG: the chart as drawn, with its title above and source below, escaped, on white', () => {
		const { svg, width, height } = standaloneSvg('<svg width="900" height="100"><rect width="10" height="10" fill="#000"/></svg>', 900, 100, 'Coventry: <every> judgement & more', 'Source: Ofsted, as at 31 March 2025');
		expect(width).toBe(900 + 2 * 16);
		expect(height).toBeGreaterThan(100 + 18 + 12);
		expect(svg).toContain('Coventry: &lt;every&gt; judgement &amp; more');
		expect(svg).toContain('Source: Ofsted, as at 31 March 2025');
		expect(svg).toMatch(/<svg x="16.0" y="[\d.]+" overflow="visible" width="900" height="100"><rect width="10" height="10" fill="#000"\/><\/svg>/);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	});
	it('makes room for labels the chart draws outside its box', () => {
		const { svg, width } = standaloneSvg('<svg width="300" height="100"></svg>', 300, 100, 'T', 'S', { left: 40, right: 10 });
		expect(width).toBe(16 + 40 + 300 + 10 + 16);
		expect(svg).toContain('<svg x="56.0"');
	});
	it('wraps long titles at spaces', () => {
		expect(wrap('one two three four', textWidth('one two', 12), 12)).toEqual(['one two', 'three', 'four']);
	});
	it('CSV: byte-order mark, formulas neutralised, numbers kept as numbers, and read back the same', () => {
		const cells = [['Area', 'Rate', 'Note'], ['Coventry', cellText('1,234.5'), '=HYPERLINK("http://x")'], ['England', cellText(' 82 '), '@SUM(A1)']];
		const csv = tableCsv(cells);
		expect(csv.startsWith('\uFEFFArea,Rate,Note\r\n')).toBe(true);
		expect(csv).toContain(`Coventry,1234.5,"'=HYPERLINK(""http://x"")"`);
		const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(back.map((r) => r.map((c) => c.replace(/^'(?=[=+\-@\t\r])/, '')))).toEqual(cells);
		expect(Number(back[1][1])).toBe(1234.5);
	});
	it('copied table: tab-separated, a tab or line break inside a cell made a space', () => {
		expect(tableTsv([['a', 'b\tc'], ['d\ne', 'f']])).toBe('a\tb c\nd e\tf\n');
	});
});

describe('a citation', () => {
	const citation = { title: 'Coventry: every judgement & more_50%', source: 'Source: Ofsted, as at 31 March 2025.', url: 'https://example.org/la/E08000026/?a=1#x', accessed: new Date('2026-12-05T10:00:00Z') };
	it('in plain text: title, site, source with its as-at date, address and date accessed', () => {
		expect(citationText(citation)).toBe('“Coventry: every judgement & more_50%”. Children’s services inspections. Source: Ofsted, as at 31 March 2025. https://example.org/la/E08000026/?a=1#x (accessed 5 December 2026).');
	});
	it('in BibTeX, its special characters escaped', () => {
		expect(citationBibtex(citation)).toBe(
			[
				'@misc{csinspections_coventry_every_judgement_more_50_2026,',
				'  title = {Coventry: every judgement \\& more\\_50\\%},',
				'  author = {{Children’s services inspections}},',
				'  year = {2026},',
				'  howpublished = {\\url{https://example.org/la/E08000026/?a=1#x}},',
				'  note = {Source: Ofsted, as at 31 March 2025. Accessed 5 December 2026}',
				'}'
			].join('\n')
		);
	});
});
