/**
 * The settings duckdb-wasm runs under, apart from the Arrow conversion (./arrow.ts) so that a page
 * that only names the uploads' folder does not load Apache Arrow as it starts.
 */

/** Settings for every duckdb-wasm connection: nothing is fetched from the internet. */
export const OFFLINE_SETTINGS = ['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false'];

/** The folder, among the engine's registered files, where uploads live: the only files SQL may read once locked. */
export const UPLOAD_FILES = 'uploads/';

/**
 * The browser's engine, locked once the site database is attached and before any other SQL runs
 * (the SQL console's included): no file or address outside the uploads, no extension, and no
 * setting can be changed back.
 */
export const LOCKED_SETTINGS = [`SET allowed_directories = ['${UPLOAD_FILES}']`, 'SET enable_external_access = false', 'SET lock_configuration = true'];
