/** The queries run in this browser, newest first, kept in its local storage (never sent anywhere). */
const KEY = 'sql-console-history';
export const MAX_HISTORY = 50;

export interface HistoryEntry {
	sql: string;
	ranAt: string;
}

export function readHistory(storage: Storage | undefined = globalThis.localStorage): HistoryEntry[] {
	try {
		const list: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((e): e is HistoryEntry => typeof e?.sql === 'string' && typeof e?.ranAt === 'string').slice(0, MAX_HISTORY) : [];
	} catch {
		return [];
	}
}

/** `sql` first in the history (once: an earlier run of the same text moves up). */
export function remember(sql: string, storage: Storage | undefined = globalThis.localStorage): HistoryEntry[] {
	const list = [{ sql, ranAt: new Date().toISOString() }, ...readHistory(storage).filter((e) => e.sql !== sql)].slice(0, MAX_HISTORY);
	try {
		storage?.setItem(KEY, JSON.stringify(list));
	} catch {
		// Full or refused storage: the history lasts for this page only.
	}
	return list;
}

export function forgetHistory(storage: Storage | undefined = globalThis.localStorage): void {
	storage?.removeItem(KEY);
}
