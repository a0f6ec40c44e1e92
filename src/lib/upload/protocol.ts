/** Messages between the upload page and its worker (src/lib/upload/upload.worker.ts). */
import type { AreaList } from './areas';
import type { Choices, Ingested, Inspection, Progress } from './ingest';

export type WorkerRequest =
	| { type: 'inspect'; file: File; choices: Choices }
	| { type: 'ingest'; file: File; inspection: Inspection; authorities: AreaList; table: string };

export type WorkerReply =
	| { type: 'inspected'; inspection: Inspection }
	| { type: 'progress'; progress: Progress }
	/** `stored` names the OPFS file holding the table's CSV; without OPFS, `csv` holds it. */
	| { type: 'ingested'; ingested: Ingested; stored: string | null; csv: Blob | null }
	| { type: 'failed'; message: string };

/** The folder of the browser's private file system (OPFS) that holds uploads. */
export const UPLOAD_FOLDER = 'uploads';
