/** The build's manifest.json (data/bundle.ts): tables, as-at dates, sources and the map's codes. */
import { readFileSync } from 'node:fs';
import { siteDataFile } from './site-data';

/** One source of the data (data/sources.ts); an Ofsted release also has its id, its as-at date and the last publication it counts. */
export interface Source {
	title: string;
	publisher: string;
	published: string;
	url: string;
	used_for: string;
	file?: string;
	release?: string;
	as_at?: string;
	cut_off?: string;
}

export interface Manifest {
	database: { file: string; sha256: string; storage_version: string };
	map: { file: string; codes: string[] };
	tables: { name: string; description: string; rows: number; csv: string; sha256: string }[];
	as_at: { latest_inspection: string; latest_publication: string };
	/** The releases table: every official release the data was built from. */
	releases: { release: string; publisher: string; title: string; as_at: string | null; cut_off: string | null; published: string | null; release_year: number; source_file: string; url: string; licence: string }[];
	sources: Source[];
	licence: string;
}

let manifest: Manifest | undefined;

export function siteManifest(): Manifest {
	manifest ??= JSON.parse(readFileSync(siteDataFile('manifest.json'), 'utf8')) as Manifest;
	return manifest;
}
