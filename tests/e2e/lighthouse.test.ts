/**
 * Lighthouse, mobile, on the built site as the reference host serves it (compressed, cached):
 * accessibility 100 on the pages the public and analysts use most.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/host/static-host';
import { startLighthouse } from './lighthouse';

const base = inject('baseUrl');
let lighthouse: Awaited<ReturnType<typeof startLighthouse>>;

beforeAll(async () => {
	lighthouse = await startLighthouse();
});
afterAll(async () => lighthouse?.close());

describe('Lighthouse', () => {
	it.each(['/', '/la/E08000026/', '/upload/', '/sql/'])('%s scores 100 for accessibility', async (path) => {
		const { scores, failing } = await lighthouse.audit(base + path, ['accessibility']);
		expect(failing).toEqual([]);
		expect(scores.accessibility).toBe(100);
	});

	it('scores a page with an unlabelled field and a missing language below 100 (so the check above can fail)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><main><h1>A form</h1><p>Your name: <input type="text"></p></main>');
		const { server, url } = await serveStatic(dir);
		try {
			const { scores, failing } = await lighthouse.audit(`${url}/`, ['accessibility']);
			expect(failing).toEqual(expect.arrayContaining(['accessibility: html-has-lang', 'accessibility: label']));
			expect(scores.accessibility).toBeLessThan(100);
		} finally {
			server.close();
		}
	});
});
