import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Time from `npm start` on an empty data directory to the first page served (initdb, migrations,
 * first admin, web build check, listen), then the same for a warm restart. Prints the figures.
 */
const root = path.resolve(import.meta.dirname, '..');
const port = 3900 + Math.floor(Math.random() * 90);

async function timeToFirstPage(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), BIANPING_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok && (await response.text()).includes('<div id="root">')) break;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 180_000) throw new Error('server did not start in 180 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    return performance.now() - started;
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-bench-start-'));
try {
  const cold = await timeToFirstPage(dataDir);
  const warm = await timeToFirstPage(dataDir);
  console.log(`first start, empty data directory → first page: ${(cold / 1000).toFixed(1)} s`);
  console.log(`restart, existing data directory → first page:  ${(warm / 1000).toFixed(1)} s`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
