import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs every `*.bench.ts` (or those named on the command line) one after another. */
const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)));
for (const bench of benches) {
  console.log(`\n## ${bench}`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(dir, bench)], { stdio: 'inherit' });
}
