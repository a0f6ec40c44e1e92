/**
 * DuckDB's error message for the console: the message itself, and where in the SQL text it points.
 * duckdb-wasm's worker gives the error as JSON with a byte position; its Node build gives text in
 * which DuckDB quotes the line (cut to a window with "..." when long) and marks the place with a
 * caret. Both are read.
 */
export interface SqlProblem {
	message: string;
	/** Character offset in `sql`, or null when DuckDB names no place. */
	at: number | null;
}

import { charOffsets } from './screen';

interface DuckDbErrorJson {
	exception_type?: string;
	exception_message?: string;
	position?: string;
}

export function problemOf(error: string, sql: string): SqlProblem {
	let text = error;
	let position: number | null = null;
	if (error.startsWith('{')) {
		try {
			const json = JSON.parse(error) as DuckDbErrorJson;
			text = `${json.exception_type ?? 'DuckDB'} Error: ${json.exception_message ?? ''}`;
			if (json.position !== undefined && /^\d+$/.test(json.position)) position = charOffsets(sql).get(Number(json.position)) ?? null;
		} catch {
			// Not JSON after all: read it as text.
		}
	}
	const message = text.split(/\n\nLINE \d+:/)[0].trim();
	return { message, at: position ?? caretOffset(text, sql) };
}

/** Where DuckDB's quoted line and caret point, as a character offset in `sql`. */
function caretOffset(text: string, sql: string): number | null {
	const marked = /LINE (\d+): (.*)\n( *)\^/.exec(text);
	if (!marked) return null;
	const lines = sql.split('\n');
	const lineIndex = Number(marked[1]) - 1;
	const line = lines[lineIndex];
	if (line === undefined) return null;
	let column = marked[3].length - `LINE ${marked[1]}: `.length;
	const context = marked[2];
	if (context.startsWith('...')) {
		// A window of a long line: find where it starts.
		const window = context.slice(3).replace(/\.\.\.$/, '');
		const start = line.indexOf(window);
		if (start < 0) return null;
		column = start + column - 3;
	}
	const before = lines.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0);
	return before + Math.max(0, Math.min(column, line.length));
}
