/**
 * The next inspection's window on the pages, with JavaScript off (prerendered): Coventry's days since
 * its last inspection and its window, and the authorities inside theirs on /trends/, as the query gives them.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as queries from '../../src/lib/data/queries';
import { openNodeEngine } from '../../src/lib/engine/node';
import { formatDay, monthEnd } from '../../src/lib/format';
import { queriesOn, siteDb } from '../shared';
import { launch, scrollToRead } from './browser';

const base = inject('baseUrl');
const db = await openNodeEngine(siteDb);
const q = queriesOn(db);
const [dates] = await q(queries.dataDates, {});
const asAt = monthEnd(dates.latest_inspection);
const windows = await q(queries.inspectionWindows, { as_at: asAt, published_by: dates.latest_publication });
let context: BrowserContext;
beforeAll(async () => (context = await launch({ javaScriptEnabled: false })));
afterAll(async () => {
	await context?.close();
	db.close();
});

describe('the next inspection’s window, without JavaScript', () => {
	it('Coventry’s page gives the days since its last inspection and its window', async () => {
		const coventry = windows.find((w) => w.ons_code === 'E08000026')!;
		const page = await context.newPage();
		await page.goto(`${base}/la/E08000026/`);
		const text = (await page.locator('section[aria-labelledby="next-title"]').innerText()).replace(/\s+/g, ' ');
		expect(text).toContain(`As at ${formatDay(asAt)}, ${coventry.days_since!.toLocaleString('en-GB')} days`);
		expect(text).toContain(`(ILACS standard, 20 June 2022, judged good)`);
		expect(text).toContain(`from ${formatDay(coventry.window_opens!)} to ${formatDay(coventry.window_closes!)}`);
		expect(text).toContain('not Ofsted’s rule');
	});

	it('an abolished council’s page has no window', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/la/E10000021/`);
		expect(await page.locator('section[aria-labelledby="next-title"]').count()).toBe(0);
	});

	it('/trends/ lists every authority inside its window', async () => {
		const page = await context.newPage();
		await page.goto(`${base}/trends/`);
		const section = page.locator('section[aria-labelledby="windows-title"]');
		await scrollToRead(section);
		const listed = await section.locator('table').first().locator('tbody th a').allInnerTexts();
		expect(listed).toEqual(windows.filter((w) => w.status === 'inside').map((w) => w.name));
		expect(listed.length).toBeGreaterThan(0);
	});
});
