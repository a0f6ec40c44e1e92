/**
 * Where uploads are kept between visits: the browser's private file system (OPFS), one CSV per
 * upload's table (written by the worker) and `index.json` describing them. Nothing leaves the
 * browser. Where there is no OPFS, uploads last until the page is closed, and the page says so.
 */
import type { ReviewLog } from './load';
import type { FormatId } from './plan';
import { UPLOAD_FOLDER } from './protocol';

/** An upload as listed on /upload/ and restored on every page. */
export interface StoredUpload {
	table: string;
	/** The file it came from, and its sheet. */
	file: string;
	sheet: string | null;
	size: number;
	format: FormatId;
	kind: 'series' | 'records';
	columns: string[];
	/** Rows of its table, and of the file that were loaded. */
	rows: number;
	loadedRows: number;
	/** The series it gives (for a series upload). */
	measures: string[];
	transcoded: string | null;
	/** For a case-review log: the columns of its reviews' type, subject and address. */
	review: ReviewLog | null;
	loadedAt: string;
	/** False when it lives only in this page (no private storage). */
	kept: boolean;
}

const INDEX = 'index.json';

async function folder({ create } = { create: true }): Promise<FileSystemDirectoryHandle | null> {
	try {
		return await (await navigator.storage.getDirectory()).getDirectoryHandle(UPLOAD_FOLDER, { create });
	} catch {
		return null;
	}
}

export async function readIndex(options = { create: true }): Promise<StoredUpload[]> {
	const dir = await folder(options);
	if (!dir) return [];
	try {
		const parsed: unknown = JSON.parse(await (await (await dir.getFileHandle(INDEX)).getFile()).text());
		return Array.isArray(parsed) ? (parsed as StoredUpload[]).filter((u) => typeof u?.table === 'string' && /^upload_[a-z0-9_]+$/.test(u.table)) : [];
	} catch {
		return [];
	}
}

export async function writeIndex(uploads: StoredUpload[]): Promise<void> {
	const dir = await folder();
	if (!dir) return;
	const writable = await (await dir.getFileHandle(INDEX, { create: true })).createWritable();
	await writable.write(JSON.stringify(uploads.filter((u) => u.kept)));
	await writable.close();
}

/** Keeps an upload's table (as CSV) across visits; false where the browser has no private storage. */
export async function storeCsv(table: string, csv: Blob): Promise<boolean> {
	const dir = await folder();
	if (!dir) return false;
	const writable = await (await dir.getFileHandle(`${table}.csv`, { create: true })).createWritable();
	await writable.write(csv);
	await writable.close();
	return true;
}

/** The CSV of an upload's table, as the worker stored it. */
export async function storedCsv(table: string): Promise<File | null> {
	const dir = await folder();
	try {
		return dir ? await (await dir.getFileHandle(`${table}.csv`)).getFile() : null;
	} catch {
		return null;
	}
}

export async function removeStoredCsv(table: string): Promise<void> {
	const dir = await folder();
	await dir?.removeEntry(`${table}.csv`).catch(() => undefined);
}

/** How much this site stores in the browser, of how much it may, and whether the browser keeps it under pressure. */
export async function storageUse(): Promise<{ usage: number; quota: number; persisted: boolean } | null> {
	if (!navigator.storage?.estimate) return null;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	return { usage, quota, persisted: (await navigator.storage.persisted?.()) ?? false };
}

/** Whether this browser keeps any uploads, read without creating their folder. */
export const hasKeptUploads = async (): Promise<boolean> => (await readIndex({ create: false })).length > 0;
