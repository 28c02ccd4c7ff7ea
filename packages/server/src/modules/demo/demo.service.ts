import type { Role, ScopeType } from '@bianping/core/auth/roles';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { regions, users, workloadMeasures } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { cliActor } from '../audit/audit-actor.ts';
import { hashPassword } from '../auth/password.ts';
import { idProtector } from '../staff/id-number-protection.ts';
import { generatePassword } from '../users/bootstrap-admin.ts';
import { replaceAssignments } from '../users/users.queries.ts';
import { insertDemoCampaignPhases } from './demo-campaign-phases.ts';
import { insertDemoCampaign } from './demo-campaigns.ts';
import { DEMO_COUNTY_CODE, DEMO_REGIONS } from './demo-county.ts';
import { generateDemoData } from './demo-data.ts';
import { DEMO_TODAY, type IsoDate } from './demo-dates.ts';
import { insertReferenceSets } from './demo-indicators.ts';
import { insertHistoryFigures, insertRegistry, insertStaff } from './demo-insert.ts';
import { demoMeasureDefinitions } from './demo-measure-definitions.ts';

type DemoAccount = { role: Role; username: string; password: string };
type Options = {
  seed: number;
  /** Key of the ID-number protection (`loadSecretKey`); the demo's ID numbers are stored encrypted. */
  secretKey: Buffer;
  onProgress?: (message: string) => void;
  /** The demo's "today" for deadlines and ages; fixed so the demo comes out the same. */
  today?: IsoDate;
};

/** One demo account per role; the unit and rater accounts are scoped to real demo units. */
const ACCOUNTS: { role: Role; username: string; name: string; scope: ScopeType; scopeUnit?: string }[] = [
  { role: 'officer', username: 'demo-officer', name: '王评估（编办）', scope: 'all' },
  { role: 'evaluator', username: 'demo-evaluator', name: '李实地（评估组）', scope: 'all' },
  { role: 'unit', username: 'demo-unit', name: '赵联络（县教体局）', scope: 'unit', scopeUnit: '县教体局' },
  { role: 'rater', username: 'demo-rater', name: '钱评价（县财政局）', scope: 'unit', scopeUnit: '县财政局' },
  { role: 'expert', username: 'demo-expert', name: '孙专家（智库）', scope: 'all' },
  { role: 'leader', username: 'demo-leader', name: '周领导（编委）', scope: 'all' },
];

/**
 * Loads the demo county (示范县): units, quota ledger and 沿革, internal bodies, leader posts,
 * 三定 duties, about 12,000 staff with the year's movements, five years of workload and monthly
 * staffing, the neighbouring counties' benchmarks, and one account per role. Everything derives
 * from the seed and the demo date. Idempotent: a second run changes nothing and says so.
 */
export async function loadDemo(
  database: Database,
  { seed, secretKey, onProgress, today = DEMO_TODAY }: Options,
) {
  const db = database.db;
  const [existing] = await db
    .select({ id: regions.id })
    .from(regions)
    .where(eq(regions.code, DEMO_COUNTY_CODE));
  if (existing) return { created: false, accounts: [] as DemoAccount[] };

  const data = generateDemoData(seed, today);
  const county = data.units;
  onProgress?.(
    `生成 ${county.length} 个单位、${data.staff.length} 名实名制人员 / generated ${county.length} units, ${data.staff.length} staff`,
  );
  const protector = idProtector(secretKey);
  const accounts: DemoAccount[] = [];
  await db.transaction(async (tx) => {
    const regionIds = new Map<string, string>();
    for (const r of DEMO_REGIONS) {
      const [row] = await tx
        .insert(regions)
        .values({
          code: r.code,
          name: r.name,
          level: r.level,
          parentId: r.parent ? regionIds.get(r.parent) : null,
        })
        .returning({ id: regions.id });
      if (row) regionIds.set(r.code, row.id);
    }
    const countyId = regionIds.get(DEMO_COUNTY_CODE) as string;
    await insertRegistry(tx, data, countyId);
    onProgress?.(
      '已写入单位、编制台账、内设机构、职数、三定职责和沿革 / units, quota ledger, bodies, posts, duties, history written',
    );
    await insertStaff(tx, data, protector);
    onProgress?.(
      `已写入 ${data.staff.length} 名人员和 ${data.movements.length} 条进出编记录 / staff and movements written`,
    );
    // A definition the office already made under the same category and name is kept.
    await tx
      .insert(workloadMeasures)
      .values(demoMeasureDefinitions(data.units, data.workloads, data.peers))
      .onConflictDoNothing();
    await insertHistoryFigures(tx, data);
    onProgress?.(
      '已写入工作量、月度编制快照和同类机构对比 / workload, monthly staffing and peer benchmarks written',
    );
    const indicatorSets = await insertReferenceSets(tx);
    onProgress?.(
      `已载入 ${indicatorSets} 套参考指标体系（1+X）/ ${indicatorSets} reference indicator sets loaded`,
    );

    const byShort = new Map(county.map((u) => [u.shortName, u.id]));
    const taken = await tx
      .select({ username: users.username })
      .from(users)
      .where(
        inArray(
          users.username,
          ACCOUNTS.map((a) => a.username),
        ),
      );
    for (const account of ACCOUNTS.filter((a) => !taken.some((t) => t.username === a.username))) {
      const password = generatePassword();
      const [user] = await tx
        .insert(users)
        .values({
          username: account.username,
          displayName: account.name,
          passwordHash: await hashPassword(password),
          // Demo accounts are for trying the system; their passwords are printed, not mailed.
          mustChangePassword: false,
        })
        .returning({ id: users.id });
      if (!user) continue;
      const scopeId = account.scope === 'unit' ? (byShort.get(account.scopeUnit ?? '') ?? null) : null;
      await replaceAssignments(tx, user.id, [{ role: account.role, scopeType: account.scope, scopeId }]);
      accounts.push({ role: account.role, username: account.username, password });
    }
    const campaign = await insertDemoCampaign(tx, countyId, seed);
    onProgress?.(
      `已建立 ${campaign.experts} 人专家库和评估项目草稿（${campaign.targets} 个评估对象、${campaign.teams} 个评估组）/ expert pool and a draft campaign (${campaign.targets} targets, ${campaign.teams} teams)`,
    );
    const phases = await insertDemoCampaignPhases(tx, countyId, seed);
    onProgress?.(
      `已建立已结束和进行中的评估项目（各 ${phases.running} 个评估对象）及 ${phases.slips} 份督查确认单 / a finished and a running campaign (${phases.running} targets each) and ${phases.slips} supervision slips`,
    );
    await appendAudit(tx, {
      ...cliActor(),
      action: 'demo.load',
      entityType: 'region',
      entityId: countyId,
      after: {
        seed,
        today,
        units: county.length,
        staff: data.staff.length,
        indicatorSets,
        campaign,
        campaignPhases: phases,
        accounts: accounts.map((a) => a.username),
      },
    });
  });
  return { created: true, accounts };
}
