import type { Role, ScopeType } from '@bianping/core/auth/roles';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { headcounts, quotaChanges, regions, units, users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { cliActor } from '../audit/audit-actor.ts';
import { hashPassword } from '../auth/password.ts';
import { generatePassword } from '../users/bootstrap-admin.ts';
import { replaceAssignments } from '../users/users.queries.ts';
import { DEMO_COUNTY_CODE, DEMO_REGIONS, type DemoUnit, generateDemoCounty } from './demo-county.ts';

type DemoAccount = { role: Role; username: string; password: string };
type Options = { seed: number; onProgress?: (message: string) => void };

/** One demo account per role; the unit and rater accounts are scoped to real demo units. */
const ACCOUNTS: { role: Role; username: string; name: string; scope: ScopeType; scopeUnit?: string }[] = [
  { role: 'officer', username: 'demo-officer', name: '王评估（编办）', scope: 'all' },
  { role: 'evaluator', username: 'demo-evaluator', name: '李实地（评估组）', scope: 'all' },
  { role: 'unit', username: 'demo-unit', name: '赵联络（县教体局）', scope: 'unit', scopeUnit: '县教体局' },
  { role: 'rater', username: 'demo-rater', name: '钱评价（县财政局）', scope: 'unit', scopeUnit: '县财政局' },
  { role: 'expert', username: 'demo-expert', name: '孙专家（智库）', scope: 'all' },
  { role: 'leader', username: 'demo-leader', name: '周领导（编委）', scope: 'all' },
];

async function insertInBatches<T>(items: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size));
}

/**
 * Loads the demo county (示范县) with its units, quotas and headcounts and one account per role.
 * Idempotent: a second run changes nothing and says so.
 */
export async function loadDemo(database: Database, { seed, onProgress }: Options) {
  const db = database.db;
  const [existing] = await db
    .select({ id: regions.id })
    .from(regions)
    .where(eq(regions.code, DEMO_COUNTY_CODE));
  if (existing) return { created: false, accounts: [] as DemoAccount[] };

  const county = generateDemoCounty(seed);
  onProgress?.(`生成 ${county.length} 个单位 / generating ${county.length} units`);
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
    const unitRow = (u: DemoUnit) => ({
      id: u.id,
      regionId: countyId,
      name: u.name,
      shortName: u.shortName,
      creditCode: u.creditCode,
      kind: u.kind,
      category: u.category,
      system: u.system,
      rank: u.rank,
      fundingForm: u.fundingForm,
      parentUnitId: u.parentUnitId,
      foundedOn: u.foundedOn,
    });
    // Parents first: a unit's 主管部门 must exist before it.
    const roots = county.filter((u) => !u.parentUnitId);
    const children = county.filter((u) => u.parentUnitId);
    await insertInBatches(roots, 500, (b) => tx.insert(units).values(b.map(unitRow)));
    await insertInBatches(children, 500, (b) => tx.insert(units).values(b.map(unitRow)));
    await insertInBatches(
      county.flatMap((u) =>
        u.quotas.map((q) => ({
          unitId: u.id,
          staffingType: q.staffingType,
          fundingForm: q.fundingForm,
          delta: q.amount,
          effectiveOn: u.foundedOn,
          docNo: q.docNo,
          note: '核定编制（示范数据）',
        })),
      ),
      1000,
      (b) => tx.insert(quotaChanges).values(b),
    );
    await insertInBatches(
      county.flatMap((u) =>
        u.headcount.map((h) => ({
          unitId: u.id,
          staffingType: h.staffingType,
          count: h.count,
          asOf: '2026-10-31',
        })),
      ),
      1000,
      (b) => tx.insert(headcounts).values(b),
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
    await appendAudit(tx, {
      ...cliActor(),
      action: 'demo.load',
      entityType: 'region',
      entityId: countyId,
      after: { seed, units: county.length, accounts: accounts.map((a) => a.username) },
    });
  });
  return { created: true, accounts };
}
