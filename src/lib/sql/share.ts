/**
 * A query in a link: `#sql=` and the text deflated and written in base64url, so a long query still
 * fits a link, and, in the fragment, never reaches a server's logs. Reading a link is hostile input:
 * what does not decode, or inflates past the console's limit, is refused with a reason.
 */
import { Inflate, deflateSync, strToU8 } from 'fflate';
import { MAX_SQL_BYTES } from './screen';

export const SQL_PARAM = 'sql';

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('it holds characters a shared query never has');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeSql(sql: string): string {
	return toBase64Url(deflateSync(strToU8(sql), { level: 9 }));
}

/** The SQL of a link's encoded text, or why there is none. */
export function decodeSql(encoded: string): { sql: string } | { problem: string } {
	try {
		if (encoded.length > MAX_SQL_BYTES * 2) throw new Error('it is too long');
		const parts: Uint8Array[] = [];
		let size = 0;
		const inflate = new Inflate((chunk) => {
			size += chunk.length;
			if (size > MAX_SQL_BYTES) throw new Error(`it is longer than ${MAX_SQL_BYTES / 1024} KB`);
			parts.push(chunk);
		});
		inflate.push(fromBase64Url(encoded), true);
		const bytes = new Uint8Array(size);
		let at = 0;
		for (const part of parts) bytes.set(part, (at += part.length) - part.length);
		let sql: string;
		try {
			sql = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			throw new Error('it is not text');
		}
		return { sql };
	} catch (error) {
		const reason = error instanceof Error && /^it /.test(error.message) ? error.message : 'it is damaged or cut short';
		return { problem: `The query in this link could not be read: ${reason}. The editor holds the console’s example instead.` };
	}
}

/** The fragment of the link to `sql`. */
export const sqlFragment = (sql: string) => `#${SQL_PARAM}=${encodeSql(sql)}`;

/** The encoded query in a fragment (`#sql=…`), or null when it has none. */
export function sqlInFragment(hash: string): string | null {
	const value = new URLSearchParams(hash.replace(/^#/, '')).get(SQL_PARAM);
	return value === null ? null : value;
}
