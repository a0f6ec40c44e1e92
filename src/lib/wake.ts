/**
 * When a prerendered page starts running. The page is whole without script: its text, links, and
 * its first charts drawn for every band of widths (`Opening.svelte`). So a public page starts
 * (SvelteKit hydrates it) when the reader first does something with it: presses, types, focuses,
 * scrolls, points at it or resizes the window. While it loads, a phone's CPU then parses and lays
 * out the page and nothing else: on a 4× slowed CPU, hydration was the longest task of every page
 * (237 ms on /trends/) and a page's first paint waited for its scripts' download.
 *
 * A page starts at once where the prerendered page is not what the reader asked for or has: an
 * address with parameters, the apps (/upload/, /sql/), and every page when this browser keeps the
 * reader's uploads (they join the site's data on every page).
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { hasKeptUploads } from './upload/store';

/** What the reader does that starts the page. */
const WAKING = ['pointerdown', 'keydown', 'focusin', 'input', 'change', 'touchstart', 'wheel', 'scroll', 'mouseover', 'resize'] as const;
const APPS = ['/upload/', '/sql/'];

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** A form control, whose value a replayed change carries (an `input` event may come from other elements). */
export const isControl = (node: unknown): node is Control => node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
/**
 * Controls the reader changed before the page was running, with what they were changed to:
 * hydration sets each control to the page's state, so the reader's value is given back and its
 * change made again on the running page.
 */
const changedEarly = new Map<Control, { value: string; checked: boolean }>();
/** Buttons pressed (by pointer or key) before the page was running, which had nothing to do then. */
const pressedEarly = new Set<HTMLButtonElement>();
/** Listening for what the reader does until the page runs (hydration comes after `init` resolves). */
const watching = new AbortController();

function startsAtOnce(): Promise<boolean> | boolean {
	const path = location.pathname.slice(base.length);
	if (location.search || location.hash.includes('=') || APPS.includes(path)) return true;
	return hasKeptUploads();
}

/** SvelteKit's client `init`: resolves when the page should start. */
export async function untilWanted(): Promise<void> {
	const noteChange = ({ target }: Event) => isControl(target) && changedEarly.set(target, { value: target.value, checked: target instanceof HTMLInputElement && target.checked });
	for (const type of ['input', 'change']) addEventListener(type, noteChange, { capture: true, signal: watching.signal });
	const notePress = ({ target }: Event) => {
		const button = target instanceof Element && target.closest('button');
		if (button) pressedEarly.add(button);
	};
	addEventListener('click', notePress, { capture: true, signal: watching.signal });
	const wanted = new Promise<void>((resolve) => {
		for (const type of WAKING) addEventListener(type, () => resolve(), { capture: true, passive: true, signal: watching.signal });
	});
	if (!(await startsAtOnce())) await wanted;
}

/**
 * Once the page runs: what the reader did before is done again on the running page, so no choice
 * or press is lost and a focused control does what focus does (a date field warms the query engine
 * up). A link followed before is not: the browser loaded its page.
 */
export function replayEarlyInput(): void {
	watching.abort();
	performance.mark('page:running'); // read by the browser tests and npm run bench
	// A control or button in a part still as prerendered (Island.svelte) hands these to its live twin.
	for (const [control, { value, checked }] of changedEarly) {
		if (!control.isConnected) continue;
		if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) control.checked = checked;
		else control.value = value;
		for (const type of ['input', 'change']) control.dispatchEvent(new Event(type, { bubbles: true }));
	}
	for (const button of pressedEarly) if (button.isConnected) button.click();
	const active = document.activeElement;
	const handled = changedEarly.has(active as Control) || pressedEarly.has(active as HTMLButtonElement);
	if (active instanceof HTMLElement && active !== document.body && !handled) {
		active.dispatchEvent(new FocusEvent('focus'));
		active.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
	}
	changedEarly.clear();
	pressedEarly.clear();
}

/**
 * A page's universal `load` that lets one task pass before the page is drawn: its scripts are then
 * evaluated in the task their last download ends in, and hydration comes in a task of its own. On a
 * 4× slowed CPU the two together were one task of 85 to 110 ms on /trends/; apart, the longest is
 * 60 to 100 ms. (A layout's `load` runs as soon as the layout's script arrives, before the page's.)
 */
export async function startsInItsOwnTask<T>(data: T): Promise<T> {
	if (browser) await new Promise((resolve) => setTimeout(resolve));
	return data;
}
