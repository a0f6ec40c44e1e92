/**
 * One piece of view state that lives in the URL: its key, default, kind (parser and serialiser) and
 * current value. Design notes:
 *  - The URL is read once, when the page mounts (prerendered pages have no query string on the
 *    server, and reading it during hydration would disagree with the HTML).
 *  - A bad value becomes the default plus a polite note naming the parameter; an adjusted one (a
 *    date outside the data, too many codes) keeps the adjusted value plus a note. Never a throw.
 *  - Only a user's change (`set`) or a revert to the figures shown (`restore`) writes the URL, and
 *    only through `writeUrl`, the one writer of the URL on the site; a page's permalink is the set
 *    of its active parameters.
 */
import { onDestroy, onMount } from 'svelte';
import { browser } from '$app/environment';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { quoted, type ParamKind } from './kinds';

export class Param<T> {
	value = $state() as T;
	/** Why the URL's value was not used as it was, for the page to show; null when it was. */
	note = $state<string | null>(null);

	constructor(
		readonly key: string,
		readonly fallback: T,
		readonly kind: ParamKind<T>,
		/** The value in words, for notes ("31 March 2025", "England"). */
		readonly describe: (value: T) => string = String
	) {
		this.value = fallback;
	}

	/** Takes the value from `search`, or keeps the default with a note when it cannot be used. */
	read(search: URLSearchParams): void {
		const raw = search.get(this.key);
		if (raw === null) return;
		const parsed = this.kind.parse(raw);
		if (parsed.ok) {
			this.value = parsed.value;
			this.note = parsed.note ? `The link’s “${this.key}” ${quoted(raw)} ${parsed.note}.` : null;
		} else {
			this.note = `The link’s “${this.key}” ${quoted(raw)} ${parsed.reason}, so this page shows ${this.describe(this.fallback)}.`;
		}
	}

	/** A user's change: the value, and the URL. */
	set(value: T): void {
		this.value = value;
		this.note = null;
		changed();
	}

	/** Back to the value the figures shown belong to (a live update failed). */
	restore(value: T): void {
		if (this.serialised() === this.kind.serialise(value)) return;
		this.value = value;
		changed();
	}

	/** The value as the URL writes it, or null when it is the default (left out of the URL). */
	serialised(): string | null {
		const text = this.kind.serialise(this.value);
		return text === this.kind.serialise(this.fallback) ? null : text;
	}
}

/** The parameters of the page now open, in the order they were made. */
// A plain array, not `$state`: a client-side navigation makes the new page's parameters while the
// old page is still shown, and a state array's changes then were not yet seen by the old page's
// clean-up, which wrote back the old list and lost the new page's (its URL stopped following its
// controls). `membership` only tells readers of the list that it changed.
const active: Param<unknown>[] = [];
let membership = $state(0);
let routerStarted = false;
let writeWaiting = false;

/** Notes about the current URL, for the layout to show. */
export function urlNotes(): string[] {
	void membership; // read, so the layout follows parameters coming and going
	return active.flatMap((p) => (p.note ? [p.note] : []));
}

/** Waiting for the page's next change of state: the parts of it still as prerendered show its opening state (Island.svelte). */
const untilNextChange = new Set<() => void>();

/** Calls `listener` once, when a parameter of the page next changes. */
export function onNextChange(listener: () => void): void {
	untilNextChange.add(listener);
}

function changed(): void {
	for (const listener of untilNextChange) listener();
	untilNextChange.clear();
	writeUrl();
}

/** Called once the router has started (SvelteKit refuses `replaceState` before). */
export function routerHasStarted(): void {
	routerStarted = true;
	if (writeWaiting) writeUrl();
}

/** Writes the permalink of the page: its parameters that differ from their defaults. */
function writeUrl(): void {
	if (!routerStarted) {
		writeWaiting = true;
		return;
	}
	writeWaiting = false;
	const search = new URLSearchParams();
	for (const param of active) {
		const text = param.serialised();
		if (text !== null) search.set(param.key, text);
	}
	// The fragment (an uploaded series, #mine=…) is the page's own and stays.
	replaceState(`${search.size ? `?${search}` : page.url.pathname}${location.hash}`, page.state);
}

/** A parameter of the component being made: read from the URL when it mounts, forgotten when it goes. */
export function urlParam<T>(key: string, fallback: T, kind: ParamKind<T>, describe?: (value: T) => string): Param<T> {
	const param = new Param(key, fallback, kind, describe);
	if (!browser) return param; // prerendered pages have no query string, and nothing to write
	active.push(param as Param<unknown>);
	membership++;
	onMount(() => param.read(page.url.searchParams));
	onDestroy(() => {
		const index = active.indexOf(param as Param<unknown>);
		if (index >= 0) active.splice(index, 1);
		membership++;
	});
	return param;
}
