import { buildApp } from '../packages/server/src/app.ts';
import { loadDemo } from '../packages/server/src/modules/demo/demo.service.ts';
import { RUNNING_CAMPAIGN_NAME } from '../packages/server/src/modules/demo/demo-campaign-phases.ts';
import { benchDatabase, kindsToRun } from './bench-database.ts';

/**
 * Issue 5 on the demo data (targets p99 ≤ 100 ms and ≤ 30 ms): (a) opening a target's full
 * assessment — GET the on-site review form (every on-site leaf with the self entry beside it, the
 * team's scores, findings, interviews, checklist, evidence list) of the running demo campaign as
 * its team's evaluator, cycling over all the team's targets; (b) saving one score — PUT a
 * self-assessment entry as the demo unit on its editable target, cycling over its leaves and
 * carrying each entry's version from the previous answer. Sequential requests, one user at a
 * time, after a warm-up; BENCH_REQUESTS (default 600) requests each. GET /auth/me is timed first
 * as the floor: on a shared machine it shows how much of a figure is the machine's load.
 */
const secretKey = Buffer.alloc(32, 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const WARM_UP = 30;

type Session = { cookie: string; csrf: string };

async function login(address: string, username: string, password: string): Promise<Session> {
  const csrf = await fetch(`${address}/api/v1/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  // The session's own CSRF token, for the PUTs.
  const again = await fetch(`${address}/api/v1/auth/csrf`, { headers: { cookie } });
  const { csrfToken: token } = (await again.json()) as { csrfToken: string };
  return { cookie, csrf: token };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

async function timed(count: number, request: (i: number) => Promise<Response>) {
  const times: number[] = [];
  for (let i = -WARM_UP; i < count; i++) {
    const started = performance.now();
    const res = await request(i + WARM_UP);
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    if (i >= 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const f = (ms: number) => ms.toFixed(1);
  return `p50 ${f(percentile(times, 50))} ms, p99 ${f(percentile(times, 99))} ms, max ${f(times.at(-1) ?? 0)} ms`;
}

type Bounds = { input: string; max?: number; levels?: { label: { zh: string } }[] };
type FormNode = { id: string; selfScored: boolean; bounds: Bounds | null };

const inputFor = (b: Bounds, i: number) => {
  switch (b.input) {
    case 'points':
      return { points: (i % 2) * Math.min(1, b.max ?? 0) };
    case 'grade':
      return { grade: b.levels?.[i % (b.levels?.length ?? 1)]?.label.zh ?? null };
    case 'cases':
      return { cases: i % 3 };
    case 'rate':
      return { rate: (i % 10) / 10 };
    case 'triggered':
      return { triggered: false };
    default:
      return { value: i % 100 };
  }
};

for (const kind of kindsToRun()) {
  const { database, drop } = await benchDatabase(kind);
  try {
    const demo = await loadDemo(database, { seed: 20261125, secretKey });
    const account = (name: string) => demo.accounts.find((a) => a.username === name);
    const app = await buildApp({
      database,
      config: { logLevel: 'silent', trustProxy: false, webDist: '/nonexistent' },
      logger: false,
      secretKey,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const [campaign] = await database.query<{ id: string }>('select id from campaigns where name = $1', [
      RUNNING_CAMPAIGN_NAME,
    ]);
    const base = `${address}/api/v1/campaigns/${campaign?.id}`;

    const evaluator = await login(address, 'demo-evaluator', account('demo-evaluator')?.password ?? '');
    // The cheapest authenticated request, so a loaded machine shows in the figures.
    const floor = await timed(REQUESTS, () =>
      fetch(`${address}/api/v1/auth/me`, { headers: { cookie: evaluator.cookie } }),
    );
    console.log(`${kind}: baseline GET /api/v1/auth/me, ${REQUESTS} requests — ${floor}`);
    const assigned = (await (
      await fetch(`${address}/api/v1/campaigns/assigned`, { headers: { cookie: evaluator.cookie } })
    ).json()) as { items: { campaignId: string; unitId: string }[] };
    const targets = assigned.items.filter((t) => t.campaignId === campaign?.id).map((t) => t.unitId);
    const open = await timed(REQUESTS, (i) =>
      fetch(`${base}/targets/${targets[i % targets.length]}/onsite`, {
        headers: { cookie: evaluator.cookie },
      }),
    );
    console.log(
      `${kind}: (a) GET …/targets/:unitId/onsite as the team's evaluator over ${targets.length} targets, ${REQUESTS} requests — ${open}`,
    );

    const unit = await login(address, 'demo-unit', account('demo-unit')?.password ?? '');
    const [unitRow] = await database.query<{ id: string }>(
      `select id from units where short_name = '县教体局'`,
    );
    const selfPath = `${base}/targets/${unitRow?.id}/self-assessment`;
    const form = (await (await fetch(selfPath, { headers: { cookie: unit.cookie } })).json()) as {
      sets: { nodes: FormNode[] }[];
      entries: { nodeId: string; version: number }[];
    };
    const leaves = form.sets.flatMap((s) => s.nodes).filter((n) => n.selfScored && n.bounds);
    const versions = new Map(form.entries.map((e) => [e.nodeId, e.version]));
    const save = await timed(REQUESTS, async (i) => {
      const leaf = leaves[i % leaves.length] as FormNode;
      const res = await fetch(`${selfPath}/entries/${leaf.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie: unit.cookie, 'x-csrf-token': unit.csrf },
        body: JSON.stringify({
          input: inputFor(leaf.bounds as Bounds, i),
          narrative: `基准测试第 ${i} 次保存`,
          version: versions.get(leaf.id) ?? 0,
        }),
      });
      if (res.ok) {
        const saved = (await res.clone().json()) as { entry: { version: number } };
        versions.set(leaf.id, saved.entry.version);
      }
      return res;
    });
    console.log(
      `${kind}: (b) PUT …/self-assessment/entries/:nodeId as the demo unit over ${leaves.length} leaves, ${REQUESTS} requests — ${save}`,
    );
    await app.close();
  } finally {
    await drop();
  }
}
