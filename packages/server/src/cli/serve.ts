import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { openMigratedDatabase } from '../db/open.ts';
import { allJobs } from '../jobs/job-list.ts';
import { startQueue } from '../jobs/queue.ts';
import { loadSecretKey } from '../modules/staff/id-number-protection.ts';
import { bootstrapAdmin } from '../modules/users/bootstrap-admin.ts';
import { say } from './output.ts';

/** Migrates, creates the first admin on an empty database, and serves until a signal arrives. */
export async function serve(config: Config) {
  const database = await openMigratedDatabase(config);
  const adminPassword = await bootstrapAdmin(database.db);
  const secretKey = loadSecretKey(config.dataDir);
  const queue = await startQueue(database, allJobs(secretKey), {
    connectionString: config.databaseUrl,
    log: (err) => console.error('job queue:', err),
  });
  const app = await buildApp({ database, config, secretKey, queue });
  if (adminPassword) {
    say('');
    say('================================================================');
    say(' 已创建初始管理员账号（仅显示这一次，首次登录须修改密码）');
    say(' Initial administrator created (shown once; change it at first login)');
    say(`   用户名 / username: admin`);
    say(`   密码 / password:   ${adminPassword}`);
    say('================================================================');
    say('');
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await queue.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  say(`编评已启动 / Bianping is running: http://localhost:${config.port}  (API docs: /api/docs)`);
}
