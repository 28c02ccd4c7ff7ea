import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Time of `bianping demo` on an empty embedded data directory (initdb, migrations, generating
 * and loading the demo county with about 12,000 staff), and of the second, idempotent run.
 */
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'packages/server/bin/bianping.mjs');

function timeDemo(dataDir: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [bin, 'demo'], {
    cwd: root,
    env: { ...process.env, BIANPING_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  return performance.now() - started;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-bench-demo-'));
try {
  const first = timeDemo(dataDir);
  const again = timeDemo(dataDir);
  console.log(`bianping demo, empty data directory: ${(first / 1000).toFixed(1)} s`);
  console.log(`bianping demo, already loaded:       ${(again / 1000).toFixed(1)} s`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
