/**
 * Running the console's SQL: refused whole, before anything runs, when any statement is refused;
 * otherwise each statement in turn, the last one's result read in batches up to a limit. Afterwards,
 * a check that no temporary object hides a public name (the screen's backstop).
 */
import type { Table } from 'apache-arrow';
import type { Engine } from '../data/engine';
import { problemOf, type SqlProblem } from './problem';
import { MAX_SQL_BYTES, normaliseSpaces, refusal, statementsOf, tokensOf, type Statement } from './screen';

/** What the console needs of an engine (the browser's; duckdb-wasm in Node for tests). */
export interface ConsoleEngine extends Engine {
	tokenize(sql: string): Promise<{ offsets: number[]; types: number[] }>;
	stream(sql: string, limit: number): { result: Promise<{ table: Table; complete: boolean }>; cancel(): Promise<void> };
}

/** Rows of a result read and kept; a larger result says it was cut, and to add a LIMIT or aggregate. */
export const MAX_RESULT_ROWS = 100_000;

export type ConsoleOutcome =
	| { kind: 'result'; table: Table; complete: boolean; statements: number; ms: number; types: string[] | null }
	| { kind: 'refused'; problem: SqlProblem }
	| { kind: 'failed'; problem: SqlProblem }
	| { kind: 'cancelled' };

/** Statements whose result DuckDB can describe. */
const DESCRIBABLE = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT', '(']);

/** Names no statement may make, change or drop: the public objects', and the uploads' (by their prefix). */
const UPLOAD_NAME = /^upload(ed)?_/;

export const PUBLIC_NAMES_SQL = `SELECT DISTINCT lower(name) AS name FROM (
	SELECT table_name AS name FROM duckdb_tables() WHERE database_name = 'site'
	UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = 'site' AND NOT internal
	UNION ALL SELECT function_name FROM duckdb_functions() WHERE database_name = 'site'
)`;

const SHADOWS_SQL = (names: string[]) => `SELECT kind, name FROM (
	SELECT 'TABLE' AS kind, table_name AS name FROM duckdb_tables() WHERE database_name = 'temp'
	UNION ALL SELECT 'VIEW', view_name FROM duckdb_views() WHERE database_name = 'temp' AND NOT internal
	UNION ALL SELECT 'MACRO', function_name FROM duckdb_functions() WHERE database_name = 'temp' AND function_type = 'macro'
	UNION ALL SELECT 'MACRO TABLE', function_name FROM duckdb_functions() WHERE database_name = 'temp' AND function_type = 'table_macro'
) WHERE lower(name) IN (${names.map((n) => `'${n.replace(/'/g, "''")}'`).join(', ')})`;

export class ConsoleRunner {
	private publicNames: Promise<Set<string>> | undefined;
	private running: { cancel(): Promise<void> } | null = null;
	private cancelled = false;

	constructor(private readonly engine: ConsoleEngine) {}

	/** The names of the public tables, views and macros, read once from the catalogue. */
	names(): Promise<Set<string>> {
		this.publicNames ??= this.engine.query<{ name: string }>(PUBLIC_NAMES_SQL).then((rows) => new Set(rows.map((r) => r.name)));
		return this.publicNames;
	}

	async run(text: string, limit = MAX_RESULT_ROWS): Promise<ConsoleOutcome> {
		const sql = normaliseSpaces(text);
		const started = performance.now();
		this.cancelled = false;
		if (new TextEncoder().encode(sql).length > MAX_SQL_BYTES) {
			return { kind: 'refused', problem: { message: `The query is longer than ${MAX_SQL_BYTES / 1024} KB: shorten it (a long list of values belongs in an upload).`, at: null } };
		}
		const statements = statementsOf(sql, tokensOf(sql, await this.engine.tokenize(sql)));
		if (statements.length === 0) return { kind: 'refused', problem: { message: 'There is no statement to run.', at: null } };
		const names = await this.names();
		const isProtected = (name: string) => names.has(name) || UPLOAD_NAME.test(name);
		for (const statement of statements) {
			const why = refusal(statement, isProtected);
			if (why) return { kind: 'refused', problem: { message: why, at: statement.start } };
		}
		const outcome = await this.runStatements(statements, limit, started);
		// A cancelled run ends at once for the page; the engine finishes its current step first.
		if (outcome.kind === 'cancelled') return outcome;
		const hidden = await this.removeShadows(names);
		return hidden ? { kind: 'refused', problem: { message: hidden, at: null } } : outcome;
	}

	private async runStatements(statements: Statement[], limit: number, started: number): Promise<ConsoleOutcome> {
		let current = statements[0];
		try {
			for (const statement of statements.slice(0, -1)) {
				current = statement;
				if (this.cancelled) return { kind: 'cancelled' };
				await this.engine.query(statement.text);
			}
			current = statements[statements.length - 1];
			if (this.cancelled) return { kind: 'cancelled' };
			const stream = this.engine.stream(current.text, limit);
			this.running = stream;
			const { table, complete } = await stream.result;
			const ms = performance.now() - started;
			return { kind: 'result', table, complete, statements: statements.length, ms, types: await this.typesOf(current, table) };
		} catch (error) {
			if (this.cancelled) return { kind: 'cancelled' };
			const problem = problemOf(error instanceof Error ? error.message : String(error), current.text);
			return { kind: 'failed', problem: { message: problem.message, at: current.start + (problem.at ?? 0) } };
		} finally {
			this.running = null;
		}
	}

	/**
	 * DuckDB's own names of the result's column types (the browser's engine hands big integers over
	 * as doubles, so Arrow's types would say DOUBLE for a count); null when DuckDB cannot say.
	 */
	private async typesOf(statement: Statement, table: Table): Promise<string[] | null> {
		if (!DESCRIBABLE.has(statement.tokens[0].text.toUpperCase())) return null;
		try {
			const rows = await this.engine.query<{ column_type: string }>(`DESCRIBE ${statement.text}`);
			return rows.length === table.numCols ? rows.map((r) => r.column_type) : null;
		} catch {
			return null;
		}
	}

	async cancel(): Promise<void> {
		this.cancelled = true;
		await this.running?.cancel();
	}


	/** Drops any temporary object named as a public one (which the screen should have refused), and says so. */
	private async removeShadows(names: Set<string>): Promise<string | null> {
		const shadows = await this.engine.query<{ kind: string; name: string }>(SHADOWS_SQL([...names]));
		for (const { kind, name } of shadows) await this.engine.query(`DROP ${kind} IF EXISTS temp."${name.replace(/"/g, '""')}"`);
		return shadows.length ? `“${shadows[0].name}” is a public name: the object made under it was removed, and the public one is in place.` : null;
	}
}
