import autocannon from 'autocannon';
import { buildApp } from '../packages/server/src/app.ts';
import { loadDemo } from '../packages/server/src/modules/demo/demo.service.ts';
import { benchDatabase, kindsToRun } from './bench-database.ts';

/**
 * Unit page API latency with the demo county loaded (issue 3: p99 ≤ 50 ms). Logs in as the demo
 * officer, then requests GET /api/v1/units/:id for every demo unit in turn from BENCH_CONNECTIONS connections (default 1, one user at a time)
 * for 15 s, and prints the latency percentiles.
 */
const secretKey = Buffer.alloc(32, 3);

for (const kind of kindsToRun()) {
  const { database, drop } = await benchDatabase(kind);
  try {
    const demo = await loadDemo(database, { seed: 20261125, secretKey });
    const officer = demo.accounts.find((a) => a.role === 'officer');
    const app = await buildApp({
      database,
      config: { logLevel: 'silent', trustProxy: false, webDist: '/nonexistent' },
      logger: false,
      secretKey,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const csrf = await fetch(`${address}/api/v1/auth/csrf`);
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${address}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
      body: JSON.stringify({ username: officer?.username, password: officer?.password }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const ids = (await database.query<{ id: string }>('select id from units order by name')).map((r) => r.id);
    let next = 0;
    const result = await autocannon({
      url: address,
      connections: Number(process.env.BENCH_CONNECTIONS ?? 1),
      duration: 15,
      headers: { cookie },
      requests: [
        {
          setupRequest: (req) => ({ ...req, path: `/api/v1/units/${ids[next++ % ids.length]}` }),
        },
      ],
    });
    console.log(
      `${kind}: GET /api/v1/units/:id over ${ids.length} demo units — ${result.requests.total} requests, ` +
        `p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, ` +
        `max ${result.latency.max} ms, non-2xx ${result.non2xx}`,
    );
    await app.close();
  } finally {
    await drop();
  }
}
