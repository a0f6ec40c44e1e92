/** Debian Chromium through playwright-core, with the flags this machine's closed network needs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A fresh profile (empty cache and storage) each time, unless `profile` names one to open again. */
export function launch(options: { javaScriptEnabled?: boolean; width?: number; height?: number; profile?: string } = {}): Promise<BrowserContext> {
	return chromium.launchPersistentContext(options.profile ?? mkdtempSync(join(tmpdir(), 'chromium-')), {
		executablePath: CHROMIUM,
		args: ARGS,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 }
	});
}

/** Waits until one of the page's live-query status lines (`.engine`) mentions `text`. */
export function waitForStatus(page: Page, text: string) {
	return page.waitForFunction((t) => [...document.querySelectorAll('.engine')].some((e) => e.textContent?.includes(t)), text, { timeout: 60_000 });
}
