import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from './app.ts';
import { openDatabase } from './db/client.ts';

/**
 * Writes the OpenAPI document to packages/server/openapi.json. CI regenerates it and fails when
 * the committed file differs, so API changes show up in review as a diff of the contract.
 */
const pglite = await PGlite.create();
const database = await openDatabase({ pglite });
const app = await buildApp({
  database,
  config: { logLevel: 'silent', trustProxy: false, webDist: '/nonexistent' },
  logger: false,
  secretKey: Buffer.alloc(32),
});
const file = new URL('../openapi.json', import.meta.url).pathname;
fs.writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.close();
console.log(`OpenAPI written to ${file}`);
