/**
 * Lighthouse 12.2.3 (pinned: 13 wants Node 22), mobile, on the built site as the reference host
 * serves it (compressed, cached): accessibility 100 on the pages the public and analysts use most.
 */
import lighthouse from 'lighthouse';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';
import { CHROMIUM } from './browser';

const base = inject('baseUrl');
let browser: Browser;
let port: number;

beforeAll(async () => {
	port = await freePort();
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`] });
});
afterAll(async () => browser?.close());

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Lighthouse's report of one page: each category's score out of 100, and the audits that lost points. */
async function audit(path: string, categories: string[], site = base) {
	const result = await lighthouse(site + path, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
	if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
	const scores = Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)]));
	const failing = Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1).map((r) => `${c.id}: ${r.id}`));
	return { scores, failing, lhr };
}

describe('Lighthouse', () => {
	it.each(['/', '/la/E08000026/', '/upload/', '/sql/'])('%s scores 100 for accessibility', async (path) => {
		const { scores, failing } = await audit(path, ['accessibility']);
		expect(failing).toEqual([]);
		expect(scores.accessibility).toBe(100);
	});

	it('scores a page with an unlabelled field and a missing language below 100 (so the check above can fail)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><main><h1>A form</h1><p>Your name: <input type="text"></p></main>');
		const { server, url } = await serveStatic(dir);
		try {
			const { scores, failing } = await audit('/', ['accessibility'], url);
			expect(failing).toEqual(expect.arrayContaining(['accessibility: html-has-lang', 'accessibility: label']));
			expect(scores.accessibility).toBeLessThan(100);
		} finally {
			server.close();
		}
	});
});
