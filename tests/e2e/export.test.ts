/**
 * Every chart's downloads in Chromium, on Coventry's journey: an SVG that parses and carries the
 * title and source, a PNG of twice the chart's size, CSV that reads back as the chart's table, and
 * the table copied as tab-separated text.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, wake } from './browser';

const base = inject('baseUrl');
const contexts: BrowserContext[] = [];
afterEach(async () => {
	for (const context of contexts.splice(0)) await context.close();
});

async function downloaded(page: Page, button: ReturnType<Page['getByRole']>) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('chart exports', () => {
	it('Coventry’s journey as SVG, PNG, CSV and a copied table', async () => {
		const context = await launch();
		contexts.push(context);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${base}/la/E08000026/`, { waitUntil: 'networkidle' });
		await wake(page); // a chart's actions need the running page
		const figure = page.locator('figure', { has: page.locator('#journey-chart-title') });
		const actions = figure.getByRole('group', { name: /download or copy/ });

		const svg = await downloaded(page, actions.getByRole('button', { name: 'SVG' }));
		expect(svg.name).toBe('coventry-every-judgement-at-every-inspection.svg');
		const text = svg.bytes.toString('utf8');
		const parsed = await page.evaluate((s) => {
			const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
		}, text);
		expect(parsed.error).toBeNull();
		expect(parsed.texts[0]).toBe('Coventry: every judgement at every inspection');
		expect(parsed.texts.join(' ')).toMatch(/Source: Ofsted, Local authority inspection outcomes as at 31 March 2025/);

		const png = await downloaded(page, actions.getByRole('button', { name: 'PNG' }));
		const [svgWidth, svgHeight] = [Number(/^<svg[^>]* width="(\d+)"/.exec(text)![1]), Number(/^<svg[^>]* height="(\d+)"/.exec(text)![1])];
		expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([svgWidth * 2, svgHeight * 2]);

		// The table is in a closed disclosure when the CSV is made; it is compared with the table as shown when open.
		const csv = await downloaded(page, actions.getByRole('button', { name: 'Data (CSV)' }));
		const csvText = csv.bytes.toString('utf8');
		expect(csvText.startsWith('\uFEFF')).toBe(true);
		await figure.locator('.data-table summary').click();
		const shown = await figure.locator('.data-table table').first().evaluate((table: HTMLTableElement) => [...table.rows].map((r) => [...r.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim())));
		expect(Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true }).data).toEqual(shown);
		expect(shown[1]).toEqual(['Inspected', 'not given (SIF)', 'not given (SIF)', '20 June 2022']);

		await actions.getByRole('button', { name: 'Copy table' }).click();
		await expect.poll(() => actions.getByRole('status').innerText()).toBe('Table copied: paste it into a spreadsheet.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.split('\n')[0].split('\t')).toEqual(shown[0]);
		expect(errors).toEqual([]);
	});

	it('the map at phone width exports the drawing on screen: its hexagons, with no authority’s label shown', async () => {
		const context = await launch({ width: 360 });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(`${base}/`, { waitUntil: 'networkidle' });
		const figure = page.locator('figure', { has: page.locator('#grade-map-chart-title') });
		// Below the first screen, the map comes alive (with its actions) as the reader scrolls to it.
		await figure.scrollIntoViewIfNeeded();
		const svg = await downloaded(page, figure.getByRole('group', { name: /download or copy/ }).getByRole('button', { name: 'SVG' }));
		const drawn = await page.evaluate((s) => {
			const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
			return {
				hexes: doc.querySelectorAll('svg.hex-map polygon').length,
				boundaries: doc.querySelectorAll('use').length,
				labels: [...doc.querySelectorAll('.hex-label')].map((t) => t.getAttribute('visibility'))
			};
		}, svg.bytes.toString('utf8'));
		expect(drawn.hexes).toBe(153);
		expect(drawn.boundaries).toBe(0);
		expect(new Set(drawn.labels)).toEqual(new Set(['hidden']));
	});

	it('Coventry’s journey shared, cited and embedded', async () => {
		const context = await launch();
		contexts.push(context);
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const page = await context.newPage();
		await page.goto(`${base}/la/E08000026/`, { waitUntil: 'networkidle' });
		await wake(page); // a chart's actions need the running page
		const figure = page.locator('figure', { has: page.locator('#journey-chart-title') });
		const actions = figure.getByRole('group', { name: /download or copy/ });
		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

		await actions.getByRole('button', { name: 'Share' }).click();
		await expect.poll(clipboard).toBe(`${base}/la/E08000026/`);

		await actions.getByRole('button', { name: 'Cite' }).click();
		await expect.poll(() => figure.locator('.cite').innerText()).not.toBe('');
		const citation = await figure.locator('.cite').innerText();
		expect(citation).toMatch(/^“Coventry: every judgement at every inspection”\. Children’s services inspections\. Source: Ofsted, Local authority inspection outcomes as at 31 March 2025 .* http:\/\/localhost:\d+\/la\/E08000026\/ \(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
		await figure.getByRole('button', { name: 'Copy the citation' }).click();
		await expect.poll(clipboard).toBe(citation);
		expect(await figure.locator('.bibtex').innerText()).toMatch(/^@misc\{csinspections_coventry_every_judgement\w*_\d{4},\n  title = \{Coventry: every judgement at every inspection\},/);

		await actions.getByRole('button', { name: 'Embed' }).click();
		const code = figure.getByRole('textbox', { name: /Code to paste/ });
		// The height comes from the preview at phone width, once it has drawn.
		await expect.poll(async () => /height="(\d+)"/.exec(await code.inputValue())?.[1], { timeout: 15_000 }).not.toBe('560');
		const snippet = await code.inputValue();
		expect(snippet).toMatch(new RegExp(`^<iframe src="${base}/embed/journey/E08000026/" title="Coventry: every judgement at every inspection" loading="lazy" width="100%" height="\\d+" style="border:0"></iframe>\n<script src="${base}/embed.js" async></script>$`));
		const previewHeight = await figure.locator('iframe.preview').evaluate((f) => (f as HTMLIFrameElement).contentDocument!.documentElement.getBoundingClientRect().height);
		expect(Number(/height="(\d+)"/.exec(snippet)![1])).toBe(Math.ceil(previewHeight));
	});
});
