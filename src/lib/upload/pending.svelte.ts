/**
 * One file on its way in, as /upload/ shows it: inspected (a preview, the format, the reader's
 * choices), checked row by row in a worker with progress and cancel, then loaded or discarded. Until
 * it is loaded, no table changes; a cancelled or failed check leaves nothing behind.
 */
import { startBrowserEngine } from '../engine/client';
import type { AreaList } from './areas';
import type { IndicatorKey } from '../data/indicators';
import { indicatorSeries, runQuery, type IndicatorPoint } from '../data/queries';
import { ANNEX_DFE, type ListCounts } from './annex-a';
import { annexSeriesCsv, type Choices, type Ingested, type Inspection, type Progress } from './ingest';
import { SERIES_COLUMNS } from './check';
import { FORMATS, type Plan } from './plan';
import type { WorkerReply, WorkerRequest } from './protocol';
import { removeStoredCsv, storeCsv, storedCsv } from './store';
import { addUpload, uploads } from './uploads.svelte';
import { reviewLogColumns, uploadTableName } from './load';

export type Phase = 'inspecting' | 'previewing' | 'checking' | 'checked' | 'loading' | 'loaded' | 'failed' | 'cancelled';

let next = 0;

export class PendingUpload {
	readonly id = `upload-${++next}`;
	phase = $state<Phase>('inspecting');
	inspection = $state<Inspection | null>(null);
	choices = $state<Choices>({});
	progress = $state<Progress>({ bytes: 0, rows: 0 });
	ingested = $state<Ingested | null>(null);
	message = $state('');
	/** An Annex A workbook's counts once made, and DfE's published figures of the same authority beside them. */
	annexCounts = $state<ListCounts[] | null>(null);
	published = $state<Partial<Record<IndicatorKey, IndicatorPoint[]>>>({});
	table = '';
	private worker: Worker | null = null;
	private csv: Blob | null = null;

	constructor(
		readonly file: File,
		private readonly authorities: AreaList
	) {
		this.inspect();
	}

	get formatLabel(): string {
		return this.inspection ? FORMATS[this.inspection.plan.format] : '';
	}

	/** Reads the file's start again with the user's choices (delimiter, sheet, header row). */
	inspect(choices: Choices = this.choices): void {
		this.choices = choices;
		this.phase = 'inspecting';
		this.run({ type: 'inspect', file: this.file, choices: $state.snapshot(choices) as Choices }, (reply) => {
			if (reply.type === 'inspected') {
				this.inspection = reply.inspection;
				this.phase = 'previewing';
			}
		});
	}

	/** The mapping, as changed by the user. */
	setPlan(plan: Plan): void {
		if (this.inspection) this.inspection = { ...this.inspection, plan };
	}

	/** Checks every row, writing the good ones into private storage; nothing is loaded yet. */
	check(): void {
		if (!this.inspection) return;
		this.table = uploadTableName(this.file.name, uploads.list.map((u) => u.table));
		this.phase = 'checking';
		this.progress = { bytes: 0, rows: 0 };
		const request: WorkerRequest = { type: 'ingest', file: this.file, inspection: $state.snapshot(this.inspection) as Inspection, authorities: this.authorities, table: this.table };
		this.run(request, (reply) => {
			if (reply.type === 'progress') this.progress = reply.progress;
			else if (reply.type === 'ingested') {
				this.ingested = reply.ingested;
				this.csv = reply.csv;
				this.progress = { bytes: this.file.size, rows: reply.ingested.summary.rows + (this.inspection?.headerRow ?? 0) };
				this.phase = 'checked';
			}
		});
	}

	/**
	 * An Annex A workbook: counts its lists for the period asked for, in the worker (the rows never
	 * leave it), and loads the counts as a series upload for `authority`, kept across reloads only if
	 * `keep`. Then reads DfE's published figures for the same authority, to show beside them.
	 */
	countAnnex(period: { from: string; to: string }, authority: { code: string; name: string }, keep: boolean): void {
		const source = this.inspection?.source;
		if (!source || source.kind !== 'spreadsheet') return;
		this.table = uploadTableName(this.file.name, uploads.list.map((u) => u.table));
		this.phase = 'checking';
		this.run({ type: 'count-annex', file: this.file, format: source.format, period }, (reply) => {
			if (reply.type === 'counted') void this.loadAnnex(reply.counts, authority, keep);
		});
	}

	private async loadAnnex(counts: ListCounts[], authority: { code: string; name: string }, keep: boolean) {
		this.phase = 'loading';
		try {
			const engine = await startBrowserEngine();
			const children = await runQuery(engine, indicatorSeries, { indicator: 'child_population', codes: [authority.code] });
			const population = new Map(children.flatMap((p) => (p.value === null ? [] : [[p.period, p.value] as [number, number]])));
			const csv = new Blob([annexSeriesCsv(counts, authority, population)], { type: 'text/csv' });
			const kept = keep && (await storeCsv(this.table, csv));
			await addUpload(
				engine,
				{
					table: this.table,
					file: this.file.name,
					sheet: null,
					size: this.file.size,
					format: 'annex-a',
					kind: 'series',
					columns: [...SERIES_COLUMNS],
					rows: 0,
					loadedRows: counts.reduce((n, c) => n + c.rows, 0),
					measures: [],
					transcoded: null,
					review: null,
					loadedAt: new Date().toISOString(),
					kept
				},
				csv
			);
			this.annexCounts = counts;
			const compared = [...new Set(counts.flatMap((c) => (ANNEX_DFE[c.number] ? [ANNEX_DFE[c.number]] : [])))];
			this.published = Object.fromEntries(await Promise.all(compared.map(async (indicator) => [indicator, await runQuery(engine, indicatorSeries, { indicator, codes: [authority.code] })])));
			this.phase = 'loaded';
		} catch (error) {
			await removeStoredCsv(this.table);
			this.fail(`could not be loaded: ${(error as Error).message.split('\n')[0]}. Nothing else changed.`);
		}
	}

	cancel(): void {
		this.worker?.terminate();
		this.worker = null;
		this.phase = 'cancelled';
		this.message = 'Cancelled: nothing was loaded.';
		if (this.table) void removeStoredCsv(this.table);
	}

	/** Loads the good rows as the table `upload_<name>`. */
	async load(): Promise<void> {
		const { inspection, ingested } = this;
		if (!inspection || !ingested) return;
		this.phase = 'loading';
		try {
			const engine = await startBrowserEngine();
			const csv = this.csv ?? (await storedCsv(this.table));
			if (!csv) throw new Error('the checked table is missing from this browser’s storage');
			await addUpload(
				engine,
				{
					table: this.table,
					file: this.file.name,
					sheet: inspection.source.kind === 'spreadsheet' ? inspection.source.sheet : null,
					size: this.file.size,
					format: inspection.plan.format,
					kind: inspection.plan.kind,
					columns: ingested.columns,
					rows: 0,
					loadedRows: ingested.summary.loaded,
					measures: [],
					transcoded: ingested.transcoded,
					review: reviewLogColumns(this.table, inspection.plan, inspection.header),
					loadedAt: new Date().toISOString(),
					kept: this.csv === null
				},
				csv
			);
			this.phase = 'loaded';
		} catch (error) {
			this.fail(`could not be loaded: ${(error as Error).message.split('\n')[0]}. Nothing else changed.`);
		}
	}

	discard(): void {
		this.cancel();
		this.message = 'Discarded: nothing was loaded. Fix the file and upload it again.';
	}

	private fail(message: string) {
		this.phase = 'failed';
		this.message = message;
	}

	private run(request: WorkerRequest, onReply: (reply: WorkerReply) => void) {
		this.worker?.terminate();
		const worker = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module' });
		this.worker = worker;
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			if (this.worker !== worker) return;
			const reply = event.data;
			if (reply.type === 'failed') this.fail(reply.message);
			else onReply(reply);
			if (reply.type !== 'progress') {
				worker.terminate();
				this.worker = null;
			}
		};
		worker.onerror = () => this.fail('could not be read: the reader stopped unexpectedly');
		worker.postMessage(request);
	}
}
