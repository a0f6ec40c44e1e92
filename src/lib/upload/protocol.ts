/** Messages between the upload page and its worker (src/lib/upload/upload.worker.ts). */
import type { AreaList } from './areas';
import type { ListCounts } from './annex-a';
import type { Choices, Ingested, Inspection, Progress } from './ingest';

export type WorkerRequest =
	| { type: 'inspect'; file: File; choices: Choices }
	| { type: 'ingest'; file: File; inspection: Inspection; authorities: AreaList; table: string }
	| { type: 'count-annex'; file: File; format: 'ods' | 'xlsx'; period: { from: string; to: string } };

export type WorkerReply =
	| { type: 'inspected'; inspection: Inspection }
	| { type: 'progress'; progress: Progress }
	/** `stored` names the OPFS file holding the table's CSV; without OPFS, `csv` holds it. */
	| { type: 'ingested'; ingested: Ingested; stored: string | null; csv: Blob | null }
	/** An Annex A workbook's counts: never a row of it. */
	| { type: 'counted'; counts: ListCounts[] }
	| { type: 'failed'; message: string };

/** The folder of the browser's private file system (OPFS) that holds uploads. */
export const UPLOAD_FOLDER = 'uploads';
