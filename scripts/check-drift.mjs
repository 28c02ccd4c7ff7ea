#!/usr/bin/env node
// Generated artifacts must match their sources: migrations (from the Drizzle schema) and the
// OpenAPI document (from the routes). Regenerates both and fails if git sees any change.
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('npm run db:generate --silent');
run('npm run openapi:generate --silent');
const changed = execSync(
  'git status --porcelain -- packages/server/src/db/migrations packages/server/openapi.json',
).toString();
if (changed.trim()) {
  console.error(`生成物与源码不一致 / generated files are stale:\n${changed}`);
  console.error('运行 npm run db:generate 与 npm run openapi:generate 后提交 / regenerate and commit them');
  process.exit(1);
}
console.log('迁移与 OpenAPI 文档均为最新 / migrations and OpenAPI are up to date');
