/**
 * The SQL console's screen, before anything runs: a text split into statements by DuckDB's own
 * tokens, and each statement allowed only if it reads (SELECT and its kin), or makes, changes or
 * drops a temporary table, view or macro of the user's own. The engine's lock (no files, no network,
 * no settings) and the read-only public database are the walls; this screen keeps the console from
 * changing what the site's charts read in the same engine: the public names, the uploads, the
 * connection's database and transaction.
 */

/** duckdb-wasm's token kinds (its TokenType). */
export const TOKEN = { identifier: 0, number: 1, string: 2, operator: 3, keyword: 4, comment: 5 } as const;

/** Statements longer than this are refused: a shared link or a paste should never be that long. */
export const MAX_SQL_BYTES = 100 * 1024;

export interface Token {
	type: number;
	/** The token's text, without the spaces after it. */
	text: string;
	/** Where it starts in the SQL text, in characters. */
	start: number;
}

export interface Statement {
	text: string;
	start: number;
	tokens: Token[];
}

/**
 * Non-breaking spaces outside quotes as plain spaces: text pasted from a web page or a document (or
 * typed at a line's end in some browsers) has them between words, where DuckDB would read one
 * word. Inside a string or a quoted name they are kept: they may be data.
 */
export function normaliseSpaces(sql: string): string {
	let quote = '';
	let out = '';
	for (const c of sql) {
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === "'" || c === '"') quote = c;
		out += c === '\u00a0' && !quote ? ' ' : c;
	}
	return out;
}

/** DuckDB's tokens (offsets in UTF-8 bytes) as tokens with their text and character offsets. */
export function tokensOf(sql: string, raw: { offsets: number[]; types: number[] }): Token[] {
	const charAt = charOffsets(sql);
	const starts = raw.offsets.map((offset) => charAt.get(offset) ?? sql.length);
	return starts.map((start, i) => ({ type: raw.types[i], start, text: ownText(raw.types[i], sql.slice(start, starts[i + 1] ?? sql.length)) }));
}

/** DuckDB counts positions in UTF-8 bytes: the character index at each byte offset that starts a character. */
export function charOffsets(sql: string): Map<number, number> {
	const charAt = new Map<number, number>();
	let bytes = 0;
	for (let i = 0; i < sql.length; ) {
		charAt.set(bytes, i);
		const code = sql.codePointAt(i)!;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		i += code > 0xffff ? 2 : 1;
	}
	charAt.set(bytes, sql.length);
	return charAt;
}

/** A token's own text: DuckDB's span also holds the spaces and comments after it. */
function ownText(type: number, span: string): string {
	if (type === TOKEN.string) return span.trim();
	const quoted = /^"(?:[^"]|"")*"/.exec(span);
	return quoted ? quoted[0] : span.split(/\s|--|\/\*/)[0];
}

/** The statements of `sql`, split at each `;` outside strings and comments; empty ones dropped. */
export function statementsOf(sql: string, tokens: Token[]): Statement[] {
	const statements: Statement[] = [];
	let current: Token[] = [];
	const close = () => {
		const meaningful = current.filter((t) => t.type !== TOKEN.comment);
		if (meaningful.length) {
			const start = meaningful[0].start;
			const last = meaningful[meaningful.length - 1];
			statements.push({ text: sql.slice(start, last.start + last.text.length), start, tokens: meaningful });
		}
		current = [];
	};
	for (const token of tokens) {
		// An operator token may carry more than one character (`);`): split at its semicolon.
		if (token.type === TOKEN.operator && token.text.includes(';')) {
			const before = token.text.slice(0, token.text.indexOf(';'));
			if (before) current.push({ ...token, text: before });
			close();
		} else current.push(token);
	}
	close();
	return statements;
}

/** Statements that only read. */
const READS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'PIVOT', 'UNPIVOT', '(']);
/** Statements on an object of the user's own, and where in them its name is. */
const OWN_OBJECT_KINDS = new Set(['TABLE', 'VIEW', 'MACRO', 'FUNCTION']);
/** Words a reading statement never needs: one inside it would change something. */
const WRITES = ['INSERT', 'UPDATE', 'DELETE', 'DROP', 'ALTER', 'CREATE', 'ATTACH', 'DETACH', 'COPY', 'INSTALL', 'LOAD', 'SET', 'RESET', 'PRAGMA', 'CHECKPOINT', 'EXPORT', 'IMPORT', 'USE', 'TRUNCATE', 'VACUUM', 'CALL'];

const REFUSED: [string[], string][] = [
	[['INSTALL', 'LOAD', 'FORCE', 'UPDATE EXTENSIONS'], 'extensions cannot be installed or loaded here: the console works offline, on the bundled data and your uploads'],
	[['SET', 'RESET', 'PRAGMA'], 'the engine’s settings are locked: nothing can turn on file or network access'],
	[['ATTACH', 'DETACH', 'USE'], 'the console’s databases are fixed: the public data (read-only) and your uploads'],
	[['COPY', 'EXPORT', 'IMPORT'], 'no file can be read or written from SQL here: run a query, then use “Download CSV” or “Download Arrow”'],
	[['BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT'], 'each statement runs on its own: transactions are not available here']
];

const keywordOf = (token: Token | undefined) => (token && (token.type === TOKEN.keyword || token.type === TOKEN.operator) ? token.text.toUpperCase() : '');

/** An identifier as DuckDB compares it: unquoted, the last part of a qualified name, any case. */
export function plainName(tokens: Token[]): string {
	const parts = tokens
		.map((t) => t.text)
		.join('')
		.split('.');
	const last = parts[parts.length - 1].trim();
	return (last.startsWith('"') && last.endsWith('"') ? last.slice(1, -1).replace(/""/g, '"') : last).toLowerCase();
}

/** The name after `at` (a qualified one joined), and the index after it. */
function nameAt(tokens: Token[], at: number): string {
	const parts: Token[] = [];
	for (let i = at; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.type === TOKEN.identifier || (token.type === TOKEN.keyword && parts.length % 2 === 0)) parts.push(token);
		else if (token.type === TOKEN.operator && token.text === '.' && parts.length) parts.push(token);
		else break;
	}
	return plainName(parts);
}

/**
 * Why `statement` may not run, or null when it may. `isProtected` says whether a name (lower case)
 * is one of the public tables, views and macros or an upload's: no statement may make, change or
 * drop an object of that name.
 */
export function refusal(statement: Statement, isProtected: (name: string) => boolean): string | null {
	const words = statement.tokens.map(keywordOf);
	const first = words[0];
	for (const [kinds, why] of REFUSED) {
		if (kinds.includes(first) || kinds.includes(`${first} ${words[1]}`)) return `${first} is not allowed: ${why}.`;
	}
	if (READS.has(first)) {
		const write = statement.tokens.find((t) => t.type === TOKEN.keyword && WRITES.includes(t.text.toUpperCase()));
		return write ? `${write.text.toUpperCase()} is not allowed inside a query: a query here only reads (if “${write.text}” is a column’s name, put it in double quotes).` : null;
	}
	const publicNameMessage = (name: string) => `“${name}” is a public table, view or macro, or one of your uploads: it cannot be made, changed or dropped here (the public data is read-only; uploads are removed on the upload page). Use a name of your own.`;
	let at = 1;
	const skip = (...expected: string[]) => {
		while (expected.includes(words[at])) at++;
	};
	if (first === 'CREATE') {
		skip('OR', 'REPLACE');
		if (words[at] !== 'TEMP' && words[at] !== 'TEMPORARY') return 'CREATE needs TEMP here: the public data is read-only; make your own with CREATE TEMP TABLE name AS SELECT …, which lasts until the page is closed.';
		at++;
		if (!OWN_OBJECT_KINDS.has(words[at])) return `CREATE TEMP ${words[at] || '…'} is not available here: make a TABLE, VIEW or MACRO.`;
		at++;
		skip('TABLE', 'IF', 'NOT', 'EXISTS');
	} else if (first === 'DROP') {
		if (!OWN_OBJECT_KINDS.has(words[at])) return `DROP ${words[at] || '…'} is not available here: drop a TABLE, VIEW or MACRO of your own.`;
		at++;
		skip('TABLE', 'IF', 'EXISTS');
	} else if (first === 'INSERT' || first === 'DELETE') {
		skip('OR', 'REPLACE', 'IGNORE', 'INTO', 'FROM');
	} else if (first === 'ALTER') {
		if (!OWN_OBJECT_KINDS.has(words[at])) return `ALTER ${words[at] || '…'} is not available here.`;
		at++;
		skip('IF', 'EXISTS');
	} else if (first !== 'UPDATE') {
		return `${statement.tokens[0].text.toUpperCase()} is not allowed here: the console runs queries (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, EXPLAIN) and makes, changes or drops temporary tables, views and macros of your own.`;
	}
	const name = nameAt(statement.tokens, at);
	if (name === '') return `${first} needs the name of a table of your own.`;
	return isProtected(name) ? publicNameMessage(name) : null;
}
