/**
 * Live queries: "these inputs → this named query on the browser's engine → these rows". Design notes:
 *  - The prerendered rows are shown first; the query runs only when the inputs differ from the
 *    inputs of the rows shown, and the newest request wins (an older answer is dropped).
 *  - Each run is measured as `query:<name>` in the page's performance timeline (`npm run bench`).
 *  - On failure (the engine, its worker or the site database cannot load, or the query fails) the
 *    parameters go back to the values of the figures shown, and the status says plainly that live
 *    updates are unavailable and why. A raw SQL error is never shown; it goes to the console.
 */
import { untrack } from 'svelte';
import type { Engine } from '../data/engine';
import { runQuery, type Query } from '../data/queries/define';
import { startBrowserEngine } from '../engine/client';
import { EngineStartError } from '../engine/errors';
import type { Param } from './param.svelte';

/** The browser engine's state, shared by every live query on the page. */
export const engine = $state({ phase: 'idle' as 'idle' | 'starting' | 'ready' | 'failed' });

function useEngine(): Promise<Engine> {
	if (engine.phase !== 'ready') engine.phase = 'starting';
	return startBrowserEngine().then(
		(started) => {
			engine.phase = 'ready';
			return started;
		},
		(error) => {
			engine.phase = 'failed';
			throw error;
		}
	);
}

/** Starts the engine early (on focus or hover of a control), so the first change is quick. */
export function warmUpEngine(): void {
	if (engine.phase === 'idle') useEngine().catch(() => undefined);
}

/** Identical requests in flight share one run (two sections drawing the same rows, say). */
const inFlight = new Map<string, Promise<unknown[]>>();

/** Runs a named query on the browser's engine, measured as `query:<name>`. */
export function runLive<Args, RowType>(query: Query<Args, RowType>, args: NoInfer<Args>): Promise<RowType[]> {
	const key = `${query.name}:${JSON.stringify(args)}`;
	let run = inFlight.get(key) as Promise<RowType[]> | undefined;
	if (!run) {
		run = useEngine().then(async (started) => {
			const startedAt = performance.now();
			const rows = await runQuery(started, query, args);
			performance.measure(`query:${query.name}`, { start: startedAt }); // read by npm run bench
			return rows;
		});
		inFlight.set(key, run);
		run.then(
			() => inFlight.delete(key),
			() => inFlight.delete(key)
		);
	}
	return run;
}

/** A failure in words for the public. */
export function unavailable(error: unknown): string {
	if (error instanceof EngineStartError) return `Live updates are unavailable: the query engine could not start (${error.message}).`;
	console.warn('Live query failed:', error);
	return 'Live updates are unavailable: the figures for this choice could not be computed.';
}

let updates = 0;

/** The live query of a named query, by its type: `LiveOf<typeof movers>`. */
export type LiveOf<Q> = Q extends Query<infer Args, infer RowType> ? LiveQuery<Args, RowType> : never;
/** What a status line reads of a live query, whatever its rows. */
export type QueryStatus = Pick<LiveQuery<unknown, unknown>, 'failure' | 'busy' | 'status' | 'message' | 'updated'>;

interface Options<Args, RowType> {
	query: Query<Args, RowType>;
	/** The inputs now wanted, read from parameters and props; undefined when nothing needs running. */
	args: () => Args | undefined;
	/** The prerendered rows and the inputs they belong to. */
	initial: { args: Args; rows: RowType[] };
	/** The parameters behind `args`, put back to the figures' values when a run fails. */
	/* any: a query's parameters hold values of different types */
	params?: Param<any>[];
	/** What rows for these inputs show, for the status line: "London, as at 31 August 2019". */
	describe: (args: Args) => string;
}

export class LiveQuery<Args, RowType> {
	rows = $state.raw() as RowType[];
	/** The inputs of the rows shown: what titles and summaries must describe. */
	args = $state.raw() as Args;
	busy = $state(false);
	failure = $state<string | null>(null);
	message = $state('');
	/** When the rows were last replaced, in the order of updates on the page (0: prerendered). */
	updated = $state(0);
	#latest = 0;
	#shownParams: unknown[];
	#options: Options<Args, RowType>;

	constructor(options: Options<Args, RowType>) {
		this.#options = options;
		this.rows = options.initial.rows;
		this.args = options.initial.args;
		this.#shownParams = (options.params ?? []).map((p) => p.value);
		$effect(() => {
			const wanted = options.args();
			untrack(() => this.#request(wanted));
		});
	}

	async #request(wanted: Args | undefined): Promise<void> {
		const mine = ++this.#latest;
		if (wanted === undefined || JSON.stringify(wanted) === JSON.stringify(this.args)) {
			this.busy = false;
			return;
		}
		this.busy = true;
		try {
			const rows = await runLive(this.#options.query, wanted);
			if (mine !== this.#latest) return;
			this.rows = rows;
			this.args = wanted;
			this.#shownParams = (this.#options.params ?? []).map((p) => p.value);
			this.failure = null;
			this.message = `Showing ${this.#options.describe(wanted)}.`;
			this.updated = ++updates;
		} catch (error) {
			if (mine !== this.#latest) return;
			this.failure = `${unavailable(error)} The figures shown are for ${this.#options.describe(this.args)}.`;
			(this.#options.params ?? []).forEach((param, i) => param.restore(this.#shownParams[i]));
		} finally {
			if (mine === this.#latest) this.busy = false;
		}
	}

	/** One line for the page: what is happening, what went wrong, or what was last shown. */
	get status(): string {
		if (this.failure) return this.failure;
		if (this.busy) return engine.phase === 'starting' ? 'Loading the query engine…' : 'Updating…';
		return this.message;
	}
}
