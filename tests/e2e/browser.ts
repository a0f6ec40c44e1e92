/** Debian Chromium through playwright-core, with the flags this machine's closed network needs. */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One Chromium per test file: starting a browser costs far more than opening a context in it. */
let shared: Promise<Browser> | undefined;

/**
 * A fresh context (empty cache and storage, as a new profile has, and no service worker unless
 * `serviceWorkers`) each time, in the test file's Chromium; or, when `profile` names a directory, a browser of its own on that profile, so that a
 * test can close it and open the same profile again.
 */
export async function launch(options: { javaScriptEnabled?: boolean; width?: number; height?: number; profile?: string; serviceWorkers?: boolean; clipboard?: boolean } = {}): Promise<BrowserContext> {
	const settings = {
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		// The site's service worker answers requests before Playwright's routes see them (a blocked
		// wasm would load from it), so only the tests of offline use and of its scope let it run.
		serviceWorkers: options.serviceWorkers ? ('allow' as const) : ('block' as const)
	};
	// `clipboard`: the tests that copy (a link, an embed code) read back what was copied.
	const permissions = options.clipboard ? ['clipboard-read', 'clipboard-write'] : [];
	if (options.profile) return chromium.launchPersistentContext(options.profile, { executablePath: CHROMIUM, args: ARGS, permissions, ...settings });
	shared ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS });
	return (await shared).newContext({ permissions, ...settings });
}

/** Closes the shared Chromium, if one was started: a script (the bench) that used `launch` cannot exit while it runs. */
export async function closeBrowser(): Promise<void> {
	const browser = shared;
	shared = undefined;
	await (await browser)?.close();
}

/** Waits until the page runs: a public page starts on its reader's first interaction (src/lib/wake.ts). */
export function untilRunning(page: Page) {
	return page.waitForFunction(() => performance.getEntriesByName('page:running').length > 0);
}

/** Starts a page of the site as its reader's first turn of the wheel does, and waits until it runs. */
export async function wake(page: Page) {
	await page.mouse.wheel(0, 1);
	await untilRunning(page);
}

/** Waits until one of the page's live-query status lines (`.engine`) mentions `text`. */
export function waitForStatus(page: Page, text: string) {
	return page.waitForFunction((t) => [...document.querySelectorAll('.engine')].some((e) => e.textContent?.includes(t)), text, { timeout: 60_000 });
}

/**
 * Scrolls to an element, as a reader would to read it, and waits until it is laid out: below the
 * first screen, a part still as prerendered is laid out only near the screen (content-visibility),
 * and until then its `innerText` is empty.
 */
export async function scrollToRead(target: Locator): Promise<Locator> {
	await target.first().scrollIntoViewIfNeeded();
	// Asked again each time: an island coming alive as it nears the screen draws its part anew.
	// Its contents are what is skipped (the element itself may be the one laid out only near the
	// screen); a part hidden for another reason (a closed disclosure) is not waited for.
	const laidOut = () =>
		target.first().evaluate((element) => {
			const inside = element.firstElementChild ?? element;
			return inside.checkVisibility({ contentVisibilityAuto: true }) || !inside.checkVisibility();
		});
	for (let wait = 0; !(await laidOut()); wait += 50) {
		if (wait > 10_000) throw new Error('the part scrolled to was not laid out within 10 s');
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return target;
}

/**
 * Scrolls the page from top to bottom a screen at a time, as a reader does, so every part kept as
 * prerendered below the first screen (Island.svelte) comes alive, with its chart's actions.
 */
export async function scrollThrough(page: Page) {
	// The reader's first turn of the wheel starts a page of the site (src/lib/wake.ts), even one too short to
	// scroll: the parts passed before it runs would stay as prerendered. An embed runs none of the site's script.
	if (await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit_')))) await wake(page);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y <= height; y += 600) {
		await page.evaluate((top) => scrollTo(0, top), y);
		await page.evaluate(() => new Promise(requestAnimationFrame));
	}
	await page.waitForFunction(() => [...document.querySelectorAll('.island figure.chart')].every((f) => f.querySelector('.actions')));
	await page.evaluate(() => scrollTo(0, 0));
}

/**
 * Opens every disclosure on the page, as a reader would to see inside, and waits until each chart's
 * data table is drawn (a running page draws them when first opened). It scrolls through the page
 * first, as a reader would, so the parts below the first screen are alive.
 */
export async function openDisclosures(page: Page) {
	await scrollThrough(page);
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	await page.waitForFunction(() => [...document.querySelectorAll('details.data-table')].every((d) => d.querySelector('.table-scroll')), null, { timeout: 10_000 });
}
