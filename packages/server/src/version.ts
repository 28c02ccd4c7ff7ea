import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The server package's version, reported by /api/health and the CLI. */
export const appVersion: string = (require('../package.json') as { version: string }).version;
