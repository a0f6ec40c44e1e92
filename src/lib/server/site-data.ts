/** A file of the build's site data (static/db/), read by the prerender. */
import { join } from 'node:path';

// The build runs from the project root (a bundled server module cannot locate it from its own URL).
export const siteDataFile = (name: string) => join(process.cwd(), 'static', 'db', name);
