import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(repoRoot, 'e2e/artifacts');

/** The environment of a `bianping` command: the embedded database, whatever the developer's shell says. */
export function serverEnv(dataDir: string, extra: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, BIANPING_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
}
