/** The database's own catalogue, for the SQL console's schema browser: every table and view with its columns, and the macros. */
import { defineQuery } from './define';

export interface CatalogueObject {
	/** `site` for the public data; `temp` for the user's uploads and own tables. */
	database: string;
	name: string;
	kind: 'table' | 'view';
	comment: string | null;
	/** Rows of a table (DuckDB's count); null for a view. */
	rows: number | null;
	columns: { name: string; type: string }[];
}

export const catalogueObjects = defineQuery<Record<string, never>, CatalogueObject>({
	name: 'catalogueObjects',
	sql: `
		WITH objects AS (
			SELECT database_name, schema_name, table_name AS name, 'table' AS kind, comment, estimated_size AS rows
			FROM duckdb_tables() WHERE database_name IN ('site', 'temp')
			UNION ALL
			SELECT database_name, schema_name, view_name, 'view', comment, NULL
			FROM duckdb_views() WHERE database_name IN ('site', 'temp') AND NOT internal
		)
		SELECT o.database_name AS database, o.name, o.kind, nullif(o.comment, '') AS comment, CAST(o.rows AS INTEGER) AS rows,
		       list({'name': c.column_name, 'type': c.data_type} ORDER BY c.column_index) AS columns
		FROM objects o
		JOIN duckdb_columns() c ON c.database_name = o.database_name AND c.schema_name = o.schema_name AND c.table_name = o.name
		GROUP BY o.database_name, o.schema_name, o.name, o.kind, o.comment, o.rows
		ORDER BY o.database_name = 'temp', o.name`,
	samples: [{}]
});

export interface CatalogueMacro {
	name: string;
	parameters: string[];
	comment: string | null;
}

export const catalogueMacros = defineQuery<Record<string, never>, CatalogueMacro>({
	name: 'catalogueMacros',
	sql: `
		SELECT function_name AS name, parameters, nullif(comment, '') AS comment
		FROM duckdb_functions()
		WHERE database_name = 'site' AND function_type = 'table_macro'
		ORDER BY function_name = 'latest_grades' DESC, function_name`,
	samples: [{}]
});
