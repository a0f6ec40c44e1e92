/**
 * A named query: SQL text with `$name` placeholders, the values bound to them, the shape of its rows
 * and sample arguments (the engine-parity test runs every query with each). The text may choose
 * among fixed fragments by a checked argument (`pick`), but a value never becomes SQL text.
 */
import type { Engine, SqlValue } from '../engine';

export interface Query<Args, RowType> {
	name: string;
	sql: string | ((args: Args) => string);
	params?: (args: Args) => Record<string, SqlValue>;
	samples: Args[];
	/** Only carries the row type; never set. */
	readonly rowType?: RowType;
}

const QUERY = Symbol('named query');

export const defineQuery = <Args, RowType>(query: Query<Args, RowType>): Query<Args, RowType> => Object.assign(query, { [QUERY]: true });

/** True for what `defineQuery` made (the registry collects them from the topic modules). */
export const isQuery = (value: unknown): value is Query<unknown, unknown> => typeof value === 'object' && value !== null && QUERY in value;

/** Runs `query` with `args` on either engine. */
export function runQuery<Args, RowType>(engine: Engine, query: Query<Args, RowType>, args: NoInfer<Args>): Promise<RowType[]> {
	const text = typeof query.sql === 'function' ? query.sql(args) : query.sql;
	const { sql, values } = positional(text, query.params?.(args) ?? {});
	return engine.query<RowType>(sql, values);
}

/**
 * Named placeholders (`$as_at`) to the positional ones both engines bind (`$1`), each name numbered
 * at its first use. A placeholder without a value, or a value without a placeholder, is a bug.
 */
export function positional(sql: string, named: Record<string, SqlValue>): { sql: string; values: SqlValue[] } {
	const order: string[] = [];
	const text = sql.replace(/\$([a-z_][a-z0-9_]*)/gi, (_, name: string) => {
		if (!Object.hasOwn(named, name)) throw new Error(`no value for $${name}`);
		const index = order.includes(name) ? order.indexOf(name) : order.push(name) - 1;
		return `$${index + 1}`;
	});
	const unused = Object.keys(named).filter((name) => !order.includes(name));
	if (unused.length) throw new Error(`unused values: ${unused.join(', ')}`);
	return { sql: text, values: order.map((name) => named[name]) };
}

/** One of a fixed set of SQL fragments, by a key that must be its own (never an inherited name). */
export function pick<K extends string>(fragments: Record<K, string>, key: K): string {
	if (!Object.hasOwn(fragments, key)) throw new Error(`unknown option: ${String(key).slice(0, 40)}`);
	return fragments[key];
}

/** A list of codes as one bound value, for `list_contains(string_split($codes, ','), column)`. */
export const codesValue = (codes: readonly string[]) => codes.join(',');
