#!/usr/bin/env node
// Runs a command with TEST_DATABASE_URL pointing at a PostgreSQL server (default: the local one),
// after checking that it answers, so the PostgreSQL leg fails with a clear message, not a timeout.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  await client.end();
} catch (err) {
  console.error(`PostgreSQL 不可用 / PostgreSQL not reachable at ${url}: ${err.message}`);
  console.error(
    '设置 TEST_DATABASE_URL 或启动本机 PostgreSQL / set TEST_DATABASE_URL or start a local server',
  );
  process.exit(2);
}
const [command, ...args] = process.argv.slice(2);
const result = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url },
});
process.exit(result.status ?? 1);
