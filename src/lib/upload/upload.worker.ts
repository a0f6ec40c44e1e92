/**
 * The upload worker: reads a file the user chose, a chunk at a time, off the page's main thread —
 * inspecting its start, then checking every row — and writes the checked table as CSV into the
 * browser's private file system (OPFS), where it stays across reloads. Nothing here uses the network.
 */
import { AreaMatcher } from './areas';
import { countAnnexA, ingest, inspect, UploadError, type ByteSource } from './ingest';
import { UPLOAD_FOLDER, type WorkerReply, type WorkerRequest } from './protocol';

const reply = (message: WorkerReply) => postMessage(message);

const bytesOf = (file: File): ByteSource => ({
	name: file.name,
	size: file.size,
	read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer())
});

/** A file of OPFS written from the start, or, where there is no OPFS, parts kept in memory. */
async function openOutput(name: string) {
	const encoder = new TextEncoder();
	try {
		const root = await navigator.storage.getDirectory();
		const folder = await root.getDirectoryHandle(UPLOAD_FOLDER, { create: true });
		const handle = await folder.getFileHandle(name, { create: true });
		const access = await (handle as FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccess> }).createSyncAccessHandle();
		access.truncate(0);
		let at = 0;
		return {
			write: (csv: string) => void (at += access.write(encoder.encode(csv), { at })),
			reset: () => {
				access.truncate(0);
				at = 0;
			},
			finish: () => {
				access.flush();
				access.close();
				return { stored: name, csv: null };
			}
		};
	} catch {
		let parts: string[] = [];
		return {
			write: (csv: string) => void parts.push(csv),
			reset: () => void (parts = []),
			finish: () => ({ stored: null, csv: new Blob(parts, { type: 'text/csv' }) })
		};
	}
}

interface SyncAccess {
	write(buffer: Uint8Array, options: { at: number }): number;
	truncate(size: number): void;
	flush(): void;
	close(): void;
}

onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	try {
		if (request.type === 'inspect') {
			reply({ type: 'inspected', inspection: await inspect(bytesOf(request.file), request.choices) });
			return;
		}
		if (request.type === 'count-annex') {
			reply({ type: 'counted', counts: await countAnnexA(bytesOf(request.file), request.format, request.period) });
			return;
		}
		const output = await openOutput(`${request.table}.csv`);
		let last = 0;
		const ingested = await ingest(bytesOf(request.file), request.inspection, new AreaMatcher(request.authorities), output, (progress) => {
			// A few updates a second are enough for a progress bar.
			const now = performance.now();
			if (now - last > 100) {
				last = now;
				reply({ type: 'progress', progress });
			}
		});
		reply({ type: 'ingested', ingested, ...output.finish() });
	} catch (error) {
		reply({ type: 'failed', message: error instanceof UploadError ? error.message : `could not be read: ${(error as Error).message}` });
	}
};
