/**
 * The `releases` table: every official release the tables were built from, one row each. Ofsted's
 * come from data/sources.ts (as-at date and cut-off included: the pages' as-at wording and source lines
 * are read from them); DfE's are the indicator files, newest first.
 */
import type { Source as SourceEntry } from '../../src/lib/server/manifest';
import { SOURCES } from '../sources';
import { INDICATOR_RELEASES } from './indicators';

export interface ReleaseRow {
	release: string;
	publisher: string;
	title: string;
	/** The day the release's figures are as at (Ofsted: 31 March), when it has one. */
	as_at: string | null;
	/** The last publication date of a report the release counts. */
	cut_off: string | null;
	/** The day it was published, where the source says it. */
	published: string | null;
	/** Orders the releases of one series. */
	release_year: number;
	source_file: string;
	url: string;
	licence: string;
}

const LICENCE = 'Open Government Licence v3.0';

type OfstedRelease = Required<Pick<SourceEntry, 'release' | 'title' | 'publisher' | 'published' | 'url' | 'file' | 'as_at' | 'cut_off'>>;

/** Ofsted's releases, newest first. */
export const OFSTED_RELEASES: OfstedRelease[] = SOURCES.sources
	.filter((s): s is SourceEntry & OfstedRelease => Boolean(s.release && s.file && s.as_at && s.cut_off))
	.sort((a, b) => b.as_at.localeCompare(a.as_at));

/** One Ofsted release, by id: a missing one is a mistake in data/sources.ts. */
export function ofstedRelease(id: string): OfstedRelease {
	const release = OFSTED_RELEASES.find((r) => r.release === id);
	if (!release) throw new Error(`data/sources.ts has no Ofsted release “${id}” with its file, as_at and cut_off`);
	return release;
}

export const RELEASES: ReleaseRow[] = [
	...OFSTED_RELEASES.map((r) => ({
		release: r.release,
		publisher: r.publisher,
		title: r.title,
		as_at: r.as_at,
		cut_off: r.cut_off,
		published: r.published,
		release_year: Number(r.as_at.slice(0, 4)),
		source_file: r.file.split('/').pop()!,
		url: r.url,
		licence: LICENCE
	})),
	...INDICATOR_RELEASES.map((r) => ({
		release: r.id,
		publisher: r.release.includes('ONS') ? 'Office for National Statistics (as published by DfE)' : 'Department for Education',
		title: r.release,
		as_at: null,
		cut_off: null,
		published: null,
		release_year: r.releaseYear,
		source_file: r.file.split('/').pop()!,
		url: r.url,
		licence: LICENCE
	}))
];
