/**
 * Lighthouse 12.2.3 (pinned: 13 wants Node 22), mobile, driving its own Debian Chromium: used by
 * lighthouse.test.ts (accessibility) and the bench (performance, reported against its target).
 */
import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** A Chromium for Lighthouse to drive, and `audit`: one page's report, with each category's score out of 100 and the audits that lost points. */
export async function startLighthouse() {
	const port = await freePort();
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`] });
	async function audit(url: string, categories: string[]) {
		const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
		const scores = Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)]));
		const failing = Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1).map((r) => `${c.id}: ${r.id}`));
		return { scores, failing, lhr };
	}
	return { audit, close: () => browser.close() };
}
