import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { repoRoot, serverEnv } from './env.ts';

/** The demo accounts `bianping demo` prints, by role: `{officer: {username, password}, …}`. */
export type DemoAccounts = Record<string, { username: string; password: string }>;

const ADMIN_LINE = /initial admin:\s*admin\s+(\S+)/;
const ACCOUNTS_HEADER = 'demo accounts';
const ACCOUNT_LINE = /^\s+([a-z]+)\s+(\S+)\s+(\S+)\s*$/;

/** Reads the one-time admin password and the demo accounts from the command's console. */
export function parseDemoOutput(output: string): { adminPassword: string; accounts: DemoAccounts } {
  const admin = ADMIN_LINE.exec(output)?.[1];
  if (!admin) throw new Error(`bianping demo printed no admin password\n--- output ---\n${output}`);
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.includes(ACCOUNTS_HEADER));
  const accounts: DemoAccounts = {};
  for (const line of start < 0 ? [] : lines.slice(start + 1)) {
    const match = ACCOUNT_LINE.exec(line);
    if (match?.[1] && match[2] && match[3]) accounts[match[1]] = { username: match[2], password: match[3] };
  }
  if (!accounts.officer)
    throw new Error(`bianping demo printed no officer account\n--- output ---\n${output}`);
  return { adminPassword: admin, accounts };
}

/** Runs `bianping demo` on the data directory (about 30 s: initdb plus a county of ~400 units). */
export function loadDemoCounty(dataDir: string, log: Writable) {
  return new Promise<{ adminPassword: string; accounts: DemoAccounts }>((resolve, reject) => {
    const child = spawn(process.execPath, ['packages/server/bin/bianping.mjs', 'demo'], {
      cwd: repoRoot,
      env: serverEnv(dataDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`bianping demo exited with code ${code}\n--- output ---\n${output}`));
        return;
      }
      try {
        resolve(parseDemoOutput(output));
      } catch (err) {
        reject(err);
      }
    });
  });
}
