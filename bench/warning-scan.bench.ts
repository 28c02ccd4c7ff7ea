import { scanUnits } from '../packages/core/src/warnings/scan.ts';
import { defaultWarningSettings } from '../packages/core/src/warnings/settings.ts';
import type { UnitSnapshot } from '../packages/core/src/warnings/warnings.schemas.ts';
import { idProtector } from '../packages/server/src/modules/staff/id-number-protection.ts';
import { runWarningScan } from '../packages/server/src/modules/warnings/warnings.service.ts';
import {
  benchDatabase,
  cpuSince,
  describePhases,
  kindsToRun,
  median,
  phaseClock,
  repeats,
  seconds,
} from './bench-database.ts';

/**
 * Warning scan over 100,000 units (issue 3: ≤ 5 s). Prints (1) the core rules alone over
 * 100,000 in-memory snapshots and (2) the whole scan job — read the registry, run the rules,
 * write the warnings — over 100,000 units in the database.
 */
const N = Number(process.env.BENCH_UNITS ?? 100_000);
const today = '2026-10-31';

function syntheticSnapshot(i: number): UnitSnapshot {
  const quota = 10 + (i % 40);
  const headcount = i % 50 === 0 ? quota + 2 : i % 17 === 0 ? Math.floor(quota * 0.6) : quota - (i % 3);
  return {
    unit: {
      id: `u${i}`,
      name: `单位${i}`,
      kind: i % 3 === 0 ? 'administrative' : 'publicWelfare1',
      category: 'general',
      rank: 'section',
      status: 'active',
      foundedOn: '2010-01-01',
      creditCode: null,
      regionCode: String(990100 + (i % 100)),
      missingFields: [],
    },
    quotas: { institutional: quota },
    headcount: { institutional: headcount },
    leaderPosts: {
      unitHead: { approved: 1, actual: 1 },
      unitDeputy: { approved: 2, actual: i % 40 === 0 ? 3 : 2 },
    },
    internalBodies: { approved: 4, actual: [] },
    staff: [],
    movements: [],
    nonQuota: { cap: 5, headcount: i % 60 === 0 ? 7 : 3 },
    workload: { perHead: 100 + (i % 50), peerMedian: 120, recordedLast12Months: true },
    monthsAtVacancyThreshold: i % 17 === 0 ? 13 : 0,
    duties: [],
    payrollHeadcount: null,
  };
}

/** The rules alone; the snapshots are let go before the database runs, so they cost it no GC. */
function timeCoreRules() {
  const snapshots = Array.from({ length: N }, (_, i) => syntheticSnapshot(i));
  const started = performance.now();
  const hits = scanUnits(snapshots, () => defaultWarningSettings, today);
  console.log(
    `core rules over ${N.toLocaleString()} unit snapshots: ${seconds(performance.now() - started)} (${hits.length} hits)`,
  );
}

/** A fresh database of N units with quotas, headcounts and leader posts, scanned twice. */
async function scanOnce(kind: 'pglite' | 'postgres', firstScans: number[], rescans: number[]) {
  const { database, drop } = await benchDatabase(kind);
  try {
    await database.query(
      `insert into regions (id, code, name, level) values ('00000000-0000-4000-8000-000000000001', '990121', '基准县', 'county')`,
    );
    await database.query(`
      insert into units (id, region_id, name, kind, category, system, rank, funding_form)
      select md5('u' || g)::uuid, '00000000-0000-4000-8000-000000000001', '单位' || g,
             case when g % 3 = 0 then 'administrative' else 'publicWelfare1' end, 'general', 'government', 'section', 'full'
      from generate_series(1, ${N}) g`);
    await database.query(`
      insert into quota_changes (unit_id, staffing_type, funding_form, delta, effective_on)
      select md5('u' || g)::uuid, 'institutional', 'full', 10 + g % 40, '2020-01-01' from generate_series(1, ${N}) g`);
    await database.query(`
      insert into headcounts (unit_id, staffing_type, count, as_of)
      select md5('u' || g)::uuid, 'institutional',
             case when g % 50 = 0 then 12 + g % 40 when g % 17 = 0 then (10 + g % 40) * 6 / 10 else 10 + g % 40 - g % 3 end,
             '2026-10-31' from generate_series(1, ${N}) g`);
    await database.query(`
      insert into leader_posts (unit_id, level, approved, actual)
      select md5('u' || g)::uuid, 'unitDeputy', 2, case when g % 40 = 0 then 3 else 2 end from generate_series(1, ${N}) g`);
    const protector = idProtector(Buffer.alloc(32, 1));
    const actor = { actorId: null, actorName: 'bench', requestId: null };
    const scan = async () => {
      const clock = phaseClock('month-end figures');
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await runWarningScan(database, protector, {
        trigger: 'cli',
        today,
        actor,
        progress: clock.progress,
      });
      return { ms: performance.now() - started, phases: clock.finish(), cpu: cpuSince(cpu), result };
    };
    const first = await scan();
    const rescan = await scan();
    console.log(
      `${kind}: scan over ${first.result.unitsScanned.toLocaleString()} units: first ${seconds(first.ms)} ` +
        `(${describePhases(first.phases)}; ${first.result.opened} warnings opened; process CPU ${first.cpu})`,
    );
    console.log(
      `${kind}: rescan ${seconds(rescan.ms)} (${describePhases(rescan.phases)}; process CPU ${rescan.cpu})`,
    );
    firstScans.push(first.ms);
    rescans.push(rescan.ms);
  } finally {
    await drop();
  }
}

timeCoreRules();
for (const kind of kindsToRun()) {
  const firstScans: number[] = [];
  const rescans: number[] = [];
  for (let run = 0; run < repeats(); run++) await scanOnce(kind, firstScans, rescans);
  if (firstScans.length > 1) {
    console.log(
      `${kind}: median of ${firstScans.length} runs: first scan ${seconds(median(firstScans))}, rescan ${seconds(median(rescans))}`,
    );
  }
}
