/**
 * The SQL console as /sql/ shows it: the query (from a shared link, an example, the history or the
 * editor), the engine started on the first run, the result or the problem, and the catalogue of
 * tables (the public ones from the build, then the live one with the user's uploads and tables).
 * A run writes the query into the address, so the address is always the permalink of what ran.
 */
import type { Table } from 'apache-arrow';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { catalogueMacros, catalogueObjects, runQuery, type CatalogueMacro, type CatalogueObject } from '../data/queries';
import { startBrowserEngine } from '../engine/client';
import { EngineStartError } from '../engine/errors';
import { uploads } from '../upload/uploads.svelte';
import { EXAMPLES } from './examples';
import { readHistory, remember, type HistoryEntry } from './history';
import type { SqlProblem } from './problem';
import { ConsoleRunner } from './run';
import { decodeSql, sqlFragment, sqlInFragment } from './share';

export type ConsolePhase = 'idle' | 'starting' | 'running' | 'done' | 'failed' | 'cancelled';

export class SqlConsole {
	sql = $state(EXAMPLES[0].sql);
	phase = $state<ConsolePhase>('idle');
	table = $state.raw<Table | null>(null);
	/** False when the result was cut at MAX_RESULT_ROWS. */
	complete = $state(true);
	ms = $state(0);
	/** DuckDB's names of the result's column types, where known. */
	types = $state.raw<string[] | null>(null);
	problem = $state<SqlProblem | null>(null);
	/** A note about the link the page was opened with (a query that could not be read). */
	linkNote = $state('');
	history = $state<HistoryEntry[]>([]);
	objects = $state.raw<CatalogueObject[]>([]);
	macros = $state.raw<CatalogueMacro[]>([]);
	private runner: ConsoleRunner | null = null;
	/** A cancel while the engine was still starting: the query then never runs. */
	private cancelledEarly = false;

	constructor(catalogue: { objects: CatalogueObject[]; macros: CatalogueMacro[] }) {
		this.objects = catalogue.objects;
		this.macros = catalogue.macros;
	}

	/** Reads the query from the page's link (never running it) and this browser's history. */
	open(): void {
		this.history = readHistory();
		const encoded = sqlInFragment(page.url.hash);
		if (encoded === null) return;
		const decoded = decodeSql(encoded);
		if ('sql' in decoded) this.sql = decoded.sql;
		else this.linkNote = decoded.problem;
	}

	get running(): boolean {
		return this.phase === 'starting' || this.phase === 'running';
	}

	async run(): Promise<void> {
		if (this.running) return;
		const sql = this.sql;
		// `sql:run` in the page's performance timeline: from Run to the outcome shown (npm run bench reads it).
		const startedAt = performance.now();
		this.problem = null;
		this.cancelledEarly = false;
		this.phase = this.runner ? 'running' : 'starting';
		try {
			if (!this.runner) {
				this.runner = new ConsoleRunner(await startBrowserEngine());
				if (this.cancelledEarly) {
					this.phase = 'cancelled';
					return;
				}
				this.phase = 'running';
			}
			const outcome = await this.runner.run(sql);
			if (outcome.kind === 'result') {
				this.table = outcome.table;
				this.complete = outcome.complete;
				this.ms = outcome.ms;
				this.types = outcome.types;
				this.phase = 'done';
			} else if (outcome.kind === 'cancelled') this.phase = 'cancelled';
			else {
				this.problem = outcome.problem;
				this.phase = 'failed';
			}
			performance.measure('sql:run', { start: startedAt });
			this.history = remember(sql);
			replaceState(sqlFragment(sql), page.state);
			await this.refreshCatalogue();
		} catch (error) {
			const reason = error instanceof EngineStartError ? error.message : (error as Error).message.split('\n')[0];
			this.problem = { message: `The query engine could not start (${reason}). Nothing ran; try again.`, at: null };
			this.phase = 'failed';
		}
	}

	async cancel(): Promise<void> {
		if (this.phase === 'starting') this.cancelledEarly = true;
		else await this.runner?.cancel();
	}

	/** The live catalogue: the user's uploads and tables join the public ones. */
	async refreshCatalogue(): Promise<void> {
		const engine = await startBrowserEngine();
		this.objects = await runQuery(engine, catalogueObjects, {});
		this.macros = await runQuery(engine, catalogueMacros, {});
	}

	/** A line describing an object of the catalogue: its own comment, or where an upload came from. */
	describe(object: CatalogueObject): string {
		if (object.comment) return object.comment;
		const upload = uploads.list.find((u) => u.table === object.name);
		if (upload) return `Your upload of ${upload.file}${upload.sheet ? ` (sheet ${upload.sheet})` : ''}, kept in this browser.`;
		if (object.name === 'uploaded_series') return 'Every series of your uploads, one row per area, period and value: what the charts’ “Your data” reads.';
		if (object.name === 'uploaded_reviews') return 'Every review of your uploaded case-review logs, as the timelines show them.';
		return 'Made in this console; it lasts until the page is closed.';
	}
}

