import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type DemoAccounts, loadDemoCounty } from './demo.ts';
import { artifactsDir, repoRoot, serverEnv } from './env.ts';

export { artifactsDir, repoRoot };

/** A port nobody listens on right now: ask the OS for one, then give it back. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export type RunningServer = {
  baseURL: string;
  adminPassword: string;
  demoAccounts: DemoAccounts;
  stop: () => Promise<void>;
};

/**
 * Loads the demo county (`bianping demo`) into a fresh data directory and starts `bianping
 * serve` on it, as an office trying the system would. The demo creates the first administrator
 * (with the one-time password it prints) and demo accounts that need no password change.
 */
export async function startServer(): Promise<RunningServer> {
  if (!fs.existsSync(path.join(repoRoot, 'packages/web/dist/index.html'))) {
    throw new Error(
      'packages/web/dist is missing: run `npm run build -w @bianping/web` first (npm run test:e2e does)',
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bianping-e2e-'));
  fs.mkdirSync(artifactsDir, { recursive: true });
  const log = fs.createWriteStream(path.join(artifactsDir, 'server.log'));
  let child: ChildProcess | null = null;

  const stop = async () => {
    if (child) await terminate(child);
    log.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const demo = await loadDemoCounty(dataDir, log);
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['packages/server/bin/bianping.mjs', 'serve'], {
      cwd: repoRoot,
      env: serverEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    await waitForHealth(baseURL, child);
    return { baseURL, adminPassword: demo.adminPassword, demoAccounts: demo.accounts, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function waitForHealth(baseURL: string, child: ChildProcess) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${baseURL}/api/health did not answer within 90 s`);
}

/** SIGTERM lets the server close its database cleanly; SIGKILL if it hangs. */
async function terminate(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
