import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(repoRoot, 'e2e/artifacts');

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
  stop: () => Promise<void>;
};

const PASSWORD_LINE = /密码 \/ password:\s*(\S+)/;

/**
 * Starts `bianping serve` on a fresh data directory, as an administrator would on a new
 * machine, and reads the one-time admin password from its console.
 */
export async function startServer(): Promise<RunningServer> {
  if (!fs.existsSync(path.join(repoRoot, 'packages/web/dist/index.html'))) {
    throw new Error(
      'packages/web/dist is missing: run `npm run build -w @bianping/web` first (npm run test:e2e does)',
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bianping-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  fs.mkdirSync(artifactsDir, { recursive: true });
  const log = fs.createWriteStream(path.join(artifactsDir, 'server.log'));

  // The embedded database, whatever the developer's shell says.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['packages/server/bin/bianping.mjs', 'serve'], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', BIANPING_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });

  const stop = async () => {
    await terminate(child);
    log.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const adminPassword = await readAdminPassword(child);
    await waitForHealth(baseURL, child);
    return { baseURL, adminPassword, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function readAdminPassword(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error('the server printed no admin password within 90 s')),
      90_000,
    );
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(new Error(`${err.message}\n--- server output ---\n${output}`));
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = PASSWORD_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => fail(new Error(`the server exited early with code ${code}`)));
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
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
  throw new Error(`${baseURL}/api/health did not answer within 60 s`);
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
