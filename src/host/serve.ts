/** `npm start`'s server: the built site on http://localhost:4173 (PORT), under BASE_PATH if it was built with one. */
import { resolve } from 'node:path';
import { serveStatic } from './static-host';

const port = Number(process.env.PORT ?? 4173);
const { url } = await serveStatic(resolve(process.env.BUILD_DIR || 'build'), { port, base: process.env.BASE_PATH || '' });
console.log(`Serving the site on ${url}${process.env.BASE_PATH || ''}/`);
