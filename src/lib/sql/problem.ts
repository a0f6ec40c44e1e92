/**
 * DuckDB's error message for the console: the message itself, and where in the SQL text it points
 * (DuckDB quotes the line, cut to a window with "..." when long, and marks the place with a caret).
 */
export interface SqlProblem {
	message: string;
	/** Character offset in `sql`, or null when DuckDB names no place. */
	at: number | null;
}

export function problemOf(error: string, sql: string): SqlProblem {
	const message = error.split(/\n\nLINE \d+:/)[0].trim();
	const marked = /LINE (\d+): (.*)\n( *)\^/.exec(error);
	if (!marked) return { message, at: null };
	const lines = sql.split('\n');
	const lineIndex = Number(marked[1]) - 1;
	const line = lines[lineIndex];
	if (line === undefined) return { message, at: null };
	let column = marked[3].length - `LINE ${marked[1]}: `.length;
	const context = marked[2];
	if (context.startsWith('...')) {
		// A window of a long line: find where it starts.
		const window = context.slice(3).replace(/\.\.\.$/, '');
		const start = line.indexOf(window);
		if (start < 0) return { message, at: null };
		column = start + column - 3;
	}
	const before = lines.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0);
	return { message, at: before + Math.max(0, Math.min(column, line.length)) };
}
