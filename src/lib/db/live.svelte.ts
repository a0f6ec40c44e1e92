/**
 * The live side of a prerendered page: starts duckdb-wasm on first use, runs a control's queries,
 * applies only the newest result for each control, and says what is happening in a status line.
 */
import type { Db } from '../data/db';
import { startBrowserDb } from './client';

export class LiveQueries {
	engine = $state<'idle' | 'starting' | 'ready' | 'failed'>('idle');
	busy = $state(false);
	message = $state('');
	#latest = new Map<string, number>();
	#running = 0;

	/** Starts the engine early (on focus or hover of the controls), so the first change is quick. */
	warmUp = () => {
		if (this.engine !== 'idle') return;
		this.engine = 'starting';
		startBrowserDb().then(
			() => (this.engine = 'ready'),
			() => (this.engine = 'failed')
		);
	};

	/**
	 * Runs `work` and hands its result to `apply`, unless a newer run for the same `key` started
	 * meanwhile. `done` is the status message on success. Each run's query time is in the page's
	 * performance timeline as `query:<key>`.
	 */
	async run<T>(key: string, work: (db: Db) => Promise<T>, apply: (result: T) => void, done: string): Promise<void> {
		const mine = (this.#latest.get(key) ?? 0) + 1;
		this.#latest.set(key, mine);
		this.#running++;
		this.busy = true;
		this.warmUp();
		try {
			const db = await startBrowserDb();
			this.engine = 'ready';
			const started = performance.now();
			const result = await work(db);
			performance.measure(`query:${key}`, { start: started }); // read by npm run bench
			if (this.#latest.get(key) !== mine) return;
			apply(result);
			this.message = done;
		} catch (error) {
			this.engine = 'failed';
			this.message = `Could not update: ${(error as Error).message}. The figures shown are from the published page.`;
		} finally {
			this.busy = --this.#running > 0;
		}
	}

	get status(): string {
		return this.engine === 'starting' ? 'Loading the query engine…' : this.busy ? 'Updating…' : this.message;
	}
}
