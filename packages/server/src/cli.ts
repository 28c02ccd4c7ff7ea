import { parseArgs } from 'node:util';
import { AppError } from '@bianping/core/errors';
import { runCommand } from './cli/commands.ts';
import { complain, say } from './cli/output.ts';
import { loadConfig } from './config.ts';

const HELP = `编评 Bianping — 命令 / commands
  bianping serve                         启动服务 / start the server (PORT, default 3000)
  bianping migrate                       升级数据库结构 / apply database migrations
  bianping demo [--seed N]               载入示范县 / load the demo county (idempotent)
  bianping user add <name> --role <r> [--scope-type t --scope-id id] [--name 姓名]
  bianping user reset-password <name>    重置密码并解锁 / reset password and unlock
  bianping backup <file>                 备份 / back up the database to a file
  bianping restore <file>                恢复到空数据库 / restore into an empty database
  bianping audit verify                  校验审计链 / verify the audit hash chain
  bianping analyze <method> --in f.json [--out o.json]  分析方法 / run an analysis (ahp); see ANALYZE.md
Environment: PORT, BIANPING_DATA_DIR (./data), DATABASE_URL (PostgreSQL instead of the embedded database)`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string' },
      name: { type: 'string' },
      'scope-type': { type: 'string' },
      'scope-id': { type: 'string' },
      seed: { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    say(HELP);
    return command ? 0 : 2;
  }
  return runCommand(command, { positionals: rest, values }, loadConfig());
}

main()
  .then((code) => {
    // `serve` keeps running; every other command ends here.
    if (code !== 0 || process.argv[2] !== 'serve') process.exit(code);
  })
  .catch((err: unknown) => {
    if (err instanceof AppError) complain(`${err.code}: ${err.text.zh} / ${err.text.en}`);
    else complain(`错误 / error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  });
