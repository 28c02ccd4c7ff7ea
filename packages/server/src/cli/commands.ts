import fs from 'node:fs';
import path from 'node:path';
import { type Role, roles, type ScopeType, scopeTypes } from '@bianping/core/auth/roles';
import { AppError } from '@bianping/core/errors';
import type { Config } from '../config.ts';
import { openDatabase, runMigrations } from '../db/client.ts';
import { openMigratedDatabase } from '../db/open.ts';
import { verifyAuditChain } from '../modules/audit/audit.queries.ts';
import { cliActor } from '../modules/audit/audit-actor.ts';
import { findUserByUsername } from '../modules/auth/auth.queries.ts';
import { backupDatabase, restoreDatabase } from '../modules/backup/backup.service.ts';
import { loadDemo } from '../modules/demo/demo.service.ts';
import { loadSecretKey } from '../modules/staff/id-number-protection.ts';
import { bootstrapAdmin, generatePassword } from '../modules/users/bootstrap-admin.ts';
import { createUser, resetPassword } from '../modules/users/users.service.ts';
import { runAnalyze } from './analyze.ts';
import { complain, say } from './output.ts';
import { serve } from './serve.ts';

type Args = { positionals: string[]; values: Record<string, string | boolean | undefined> };

const describeTarget = (config: Config) =>
  config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `嵌入式数据库 / embedded database in ${config.dataDir}`;

export async function runCommand(command: string, args: Args, config: Config): Promise<number> {
  switch (command) {
    case 'serve':
      await serve(config);
      return 0;

    case 'migrate': {
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await runMigrations(database);
        say(`数据库已是最新结构 / schema is up to date: ${describeTarget(config)}`);
      } finally {
        await database.close();
      }
      return 0;
    }

    case 'demo': {
      const database = await openMigratedDatabase(config);
      try {
        const adminPassword = await bootstrapAdmin(database.db);
        if (adminPassword) say(`初始管理员 / initial admin: admin  ${adminPassword}`);
        const seed = Number(args.values.seed ?? 20261125);
        const result = await loadDemo(database, {
          seed,
          secretKey: loadSecretKey(config.dataDir),
          onProgress: (m) => say(m),
        });
        say(
          result.created
            ? '示范县数据已载入 / demo county loaded'
            : '示范县数据已存在 / demo county already loaded',
        );
        say('演示账号（仅供试用）/ demo accounts (for trying the system):');
        for (const account of result.accounts)
          say(`  ${account.role.padEnd(10)} ${account.username.padEnd(16)} ${account.password}`);
      } finally {
        await database.close();
      }
      return 0;
    }

    case 'user':
      return userCommand(args, config);

    case 'analyze':
      return runAnalyze(args.positionals, args.values);

    case 'backup':
    case 'restore': {
      const file = args.positionals[0];
      if (!file) {
        complain(`用法 / usage: bianping ${command} <file>`);
        return 2;
      }
      const database = await openMigratedDatabase(config);
      try {
        const counts =
          command === 'backup'
            ? await backupDatabase(database, path.resolve(file))
            : await restoreDatabase(database, path.resolve(file));
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        say(
          command === 'backup'
            ? `已备份 ${total} 行到 ${file} / backed up ${total} rows to ${file}`
            : `已从 ${file} 恢复 ${total} 行 / restored ${total} rows from ${file}`,
        );
        if (command === 'backup') say(`文件大小 / size: ${fs.statSync(file).size} bytes`);
      } finally {
        await database.close();
      }
      return 0;
    }

    case 'audit': {
      if (args.positionals[0] !== 'verify') {
        complain('用法 / usage: bianping audit verify');
        return 2;
      }
      const database = await openMigratedDatabase(config);
      try {
        const result = await verifyAuditChain(database.db);
        if (result.ok) {
          say(`审计链完整，共 ${result.checked} 条 / audit chain intact: ${result.checked} entries`);
          return 0;
        }
        complain(
          `审计链在第 ${result.firstBadId} 条处被篡改 / audit chain broken at entry ${result.firstBadId}: ${result.reason}`,
        );
        return 1;
      } finally {
        await database.close();
      }
    }

    default:
      complain(`未知命令 / unknown command: ${command}`);
      return 2;
  }
}

async function userCommand(args: Args, config: Config): Promise<number> {
  const [sub, username] = args.positionals;
  if ((sub !== 'add' && sub !== 'reset-password') || !username) {
    complain(
      '用法 / usage: bianping user add <username> --role <role> [--scope-type t --scope-id id] [--name 姓名]\n' +
        '              bianping user reset-password <username>',
    );
    return 2;
  }
  const database = await openMigratedDatabase(config);
  try {
    const password = generatePassword();
    if (sub === 'add') {
      const role = String(args.values.role ?? '') as Role;
      if (!roles.includes(role)) {
        complain(`--role 须为 / must be one of: ${roles.join(', ')}`);
        return 2;
      }
      const scopeType = String(args.values['scope-type'] ?? 'all') as ScopeType;
      if (!scopeTypes.includes(scopeType)) {
        complain(`--scope-type 须为 / must be one of: ${scopeTypes.join(', ')}`);
        return 2;
      }
      await createUser(
        database.db,
        {
          username,
          displayName: String(args.values.name ?? username),
          password,
          roles: [{ role, scopeType, scopeId: (args.values['scope-id'] as string | undefined) ?? null }],
        },
        cliActor(),
      );
      say(`已创建用户 / created ${username}; 初始密码 / initial password: ${password}`);
    } else {
      const user = await findUserByUsername(database.db, username);
      if (!user) {
        complain(`用户不存在 / no such user: ${username}`);
        return 1;
      }
      await resetPassword(database.db, user.id, password, cliActor());
      say(`已重置并解锁 / reset and unlocked ${username}; 新密码 / new password: ${password}`);
    }
    say('首次登录时须修改此密码 / it must be changed at the next login');
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      complain(`${err.code}: ${err.text.zh} / ${err.text.en}`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}
