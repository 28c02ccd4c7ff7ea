import type { LeaderLevel, Movement, StaffMember, UnitSnapshot } from '@bianping/core/warnings';
import { sql } from 'drizzle-orm';
import { type Db, selectJson } from '../../db/client.ts';
import type { IdProtector } from '../staff/id-number-protection.ts';

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Groups rows by unit id, so each snapshot is assembled from Maps, not per-unit queries. */
function byUnit<T extends Row>(rows: T[], key = 'unit_id') {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const id = String(row[key]);
    const list = map.get(id);
    if (list) list.push(row);
    else map.set(id, [row]);
  }
  return map;
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Reads the registry of every unit (optionally only those given) in one query per table and
 * assembles the snapshots the core rules take. `vacancyThresholdFor` gives each region's W06
 * threshold, needed to count the months at threshold from the monthly history.
 */
export async function loadUnitSnapshots(
  db: Db,
  protector: IdProtector,
  today: string,
  vacancyThresholdFor: (regionCode: string) => number,
  unitIds?: string[],
): Promise<UnitSnapshot[]> {
  const only = unitIds
    ? sql`and u.id in (${sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const onlyUnit = (column: string) =>
    unitIds
      ? sql`where ${sql.raw(column)} in (${sql.join(
          unitIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  const year = Number(today.slice(0, 4));
  const [units, quotas, direct, staffCounts, posts, bodies, staff, movements, work, months, duties] =
    await Promise.all([
      selectJson<Row>(
        db,
        sql`select u.id, u.name, u.kind, u.category, u.rank, u.status, u.founded_on::text as founded_on,
            u.credit_code, r.code as region_code, u.internal_bodies_approved, u.non_quota_cap, u.non_quota_headcount
          from units u join regions r on r.id = u.region_id where true ${only}`,
      ),
      selectJson<Row>(
        db,
        sql`select unit_id, staffing_type, sum(delta)::int as n from quota_changes ${onlyUnit('unit_id')} group by 1, 2`,
      ),
      selectJson<Row>(
        db,
        sql`select unit_id, staffing_type, count as n from headcounts ${onlyUnit('unit_id')}`,
      ),
      selectJson<Row>(
        db,
        sql`select unit_id, staffing_type, count(*)::int as n from staff_members ${onlyUnit('unit_id')} group by 1, 2`,
      ),
      selectJson<Row>(
        db,
        sql`select unit_id, level, approved, actual from leader_posts ${onlyUnit('unit_id')}`,
      ),
      selectJson<Row>(
        db,
        sql`select id, unit_id, name, rank, in_mandate from internal_bodies ${onlyUnit('unit_id')} ${unitIds ? sql`and` : sql`where`} active`,
      ),
      selectJson<Row>(
        db,
        sql`select id, unit_id, work_unit_id, seconded_since::text as seconded_since, internal_body_id, name,
            id_number_encrypted, sex, birth_date::text as birth_date, education, staffing_type, leader_level,
            leader_rank, over_rank_approved
          from staff_members ${onlyUnit('unit_id')}`,
      ),
      selectJson<Row>(
        db,
        sql`select id, unit_id, staff_member_id, person_name, kind, staffing_type, event_date::text as event_date,
            processed_on::text as processed_on, reason, doc_no, approval_no, had_approval, approved_at_entry,
            headcount_after_entry
          from staff_movements ${onlyUnit('unit_id')}`,
      ),
      selectJson<Row>(
        db,
        sql`select unit_id, year, measure, value from workloads
          where measure <> 'budget' and year >= ${year - 2} ${
            unitIds
              ? sql`and unit_id in (${sql.join(
                  unitIds.map((id) => sql`${id}::uuid`),
                  sql`, `,
                )})`
              : sql``
          }`,
      ),
      selectJson<Row>(
        db,
        sql`select unit_id, month, quota, headcount from staffing_snapshots ${onlyUnit('unit_id')} order by unit_id, month desc`,
      ),
      selectJson<Row>(db, sql`select id, unit_id, status from mandate_duties ${onlyUnit('unit_id')}`),
    ]);

  const quotaMap = byUnit(quotas);
  const directMap = byUnit(direct);
  const staffCountMap = byUnit(staffCounts);
  const postMap = byUnit(posts);
  const bodyMap = byUnit(bodies);
  const staffMap = byUnit(staff);
  const movementMap = byUnit(movements);
  const workMap = byUnit(work);
  const monthMap = byUnit(months);
  const dutyMap = byUnit(duties);

  // Workload per head compares like with like: each unit's latest year of its category's most
  // reported measure, against the median of units of the same category and kind.
  const perHead = new Map<string, number>();
  const unitById = new Map(units.map((u) => [String(u.id), u]));
  const measureVotes = new Map<string, Map<string, number>>();
  for (const w of work) {
    const category = String(unitById.get(String(w.unit_id))?.category ?? '');
    const votes = measureVotes.get(category) ?? new Map<string, number>();
    votes.set(String(w.measure), (votes.get(String(w.measure)) ?? 0) + 1);
    measureVotes.set(category, votes);
  }
  const mainMeasure = new Map(
    [...measureVotes].map(([category, votes]) => [
      category,
      [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    ]),
  );
  const headcountOf = (id: string) =>
    (staffCountMap.get(id) ?? directMap.get(id) ?? []).reduce((s, r) => s + num(r.n), 0);
  for (const [unitId, rows] of workMap) {
    const unit = unitById.get(unitId);
    const measure = mainMeasure.get(String(unit?.category));
    const latest = rows.filter((r) => r.measure === measure).sort((a, b) => num(b.year) - num(a.year))[0];
    const heads = headcountOf(unitId);
    if (latest && heads > 0) perHead.set(unitId, num(latest.value) / heads);
  }
  const peerGroups = new Map<string, number[]>();
  for (const [unitId, value] of perHead) {
    const u = unitById.get(unitId);
    const key = `${u?.category}|${u?.kind}`;
    peerGroups.set(key, [...(peerGroups.get(key) ?? []), value]);
  }
  const peerMedian = new Map([...peerGroups].map(([key, values]) => [key, median(values)]));

  return units.map((u): UnitSnapshot => {
    const id = String(u.id);
    const regionCode = String(u.region_code);
    const hasStaff = staffCountMap.has(id);
    const sumBy = (rows: Row[] | undefined) => {
      const out: Record<string, number> = {};
      for (const r of rows ?? [])
        out[String(r.staffing_type)] = (out[String(r.staffing_type)] ?? 0) + num(r.n);
      return out;
    };
    const unitStaff = staffMap.get(id) ?? [];
    const leaderActual = new Map<string, number>();
    for (const s of unitStaff) {
      if (s.leader_level)
        leaderActual.set(String(s.leader_level), (leaderActual.get(String(s.leader_level)) ?? 0) + 1);
    }
    const leaderPosts: UnitSnapshot['leaderPosts'] = {};
    for (const p of postMap.get(id) ?? []) {
      leaderPosts[p.level as LeaderLevel] = {
        approved: num(p.approved),
        actual: hasStaff ? (leaderActual.get(String(p.level)) ?? 0) : num(p.actual),
      };
    }
    const unitBodies = bodyMap.get(id) ?? [];
    const threshold = vacancyThresholdFor(regionCode);
    let monthsAtThreshold = 0;
    for (const m of monthMap.get(id) ?? []) {
      const quota = num(m.quota);
      if (quota <= 0 || (quota - num(m.headcount)) / quota < threshold) break;
      monthsAtThreshold++;
    }
    const latestYear = Math.max(0, ...(workMap.get(id) ?? []).map((w) => num(w.year)));
    return {
      unit: {
        id,
        name: String(u.name),
        kind: u.kind as never,
        category: u.category as never,
        rank: u.rank as never,
        status: u.status as never,
        foundedOn: text(u.founded_on),
        creditCode: text(u.credit_code),
        regionCode,
        missingFields: [],
      },
      quotas: sumBy(quotaMap.get(id)),
      headcount: sumBy(hasStaff ? staffCountMap.get(id) : directMap.get(id)),
      leaderPosts,
      internalBodies: {
        approved:
          u.internal_bodies_approved === null
            ? unitBodies.filter((b) => b.in_mandate).length
            : num(u.internal_bodies_approved),
        actual: unitBodies.map((b) => ({
          id: String(b.id),
          name: String(b.name),
          rank: (b.rank as never) ?? null,
          inMandate: Boolean(b.in_mandate),
        })),
      },
      staff: unitStaff.map((s) => toStaffMember(s, protector)),
      movements: (movementMap.get(id) ?? []).flatMap(toMovement),
      nonQuota: {
        cap: u.non_quota_cap === null ? null : num(u.non_quota_cap),
        headcount: num(u.non_quota_headcount),
      },
      workload: {
        perHead: perHead.get(id) ?? null,
        peerMedian: peerMedian.get(`${u.category}|${u.kind}`) ?? null,
        recordedLast12Months: latestYear >= year - 1,
      },
      monthsAtVacancyThreshold: monthsAtThreshold,
      duties: (dutyMap.get(id) ?? []).map((d) => ({ id: String(d.id), status: d.status as never })),
      payrollHeadcount: null,
    };
  });
}

const MANDATORY_STAFF_FIELDS: [string, string][] = [
  ['sex', '性别'],
  ['birth_date', '出生日期'],
  ['education', '学历'],
];

function toStaffMember(s: Row, protector: IdProtector): StaffMember {
  const leaderLevel = text(s.leader_level) as LeaderLevel | null;
  return {
    id: String(s.id),
    name: String(s.name),
    idNumber: protector.decrypt(String(s.id_number_encrypted)),
    birthDate: text(s.birth_date),
    staffingType: (s.staffing_type as never) ?? null,
    unitId: String(s.unit_id),
    workUnitId: String(s.work_unit_id ?? s.unit_id),
    secondedSince: text(s.seconded_since),
    leaderLevel,
    leaderRank: (s.leader_rank as never) ?? null,
    bodyId: leaderLevel === 'bodyHead' || leaderLevel === 'bodyDeputy' ? text(s.internal_body_id) : null,
    overRankApproved: Boolean(s.over_rank_approved),
    missingFields: MANDATORY_STAFF_FIELDS.filter(([column]) => s[column] === null || s[column] === '').map(
      ([, label]) => label,
    ),
  };
}

function toMovement(m: Row): Movement[] {
  const id = String(m.id);
  switch (m.kind) {
    case 'exitEvent':
      return [
        {
          kind: 'exitEvent',
          id,
          staffId: String(m.staff_member_id ?? id),
          staffName: String(m.person_name),
          reason: (m.reason as never) ?? 'other',
          eventDate: String(m.event_date),
          processedOn: text(m.processed_on),
        },
      ];
    case 'hireApproval':
      return [
        {
          kind: 'hireApproval',
          id,
          documentNo: String(m.approval_no ?? m.doc_no ?? ''),
          staffingType: m.staffing_type as never,
          issuedOn: String(m.event_date),
          entryProcessedOn: text(m.processed_on),
        },
      ];
    case 'entry':
      return [
        {
          kind: 'entry',
          id,
          staffId: String(m.staff_member_id ?? id),
          staffName: String(m.person_name),
          staffingType: m.staffing_type as never,
          processedOn: String(m.processed_on ?? m.event_date),
          hadApproval: m.had_approval !== false,
          approvedAtEntry: num(m.approved_at_entry),
          headcountAfterEntry: num(m.headcount_after_entry),
        },
      ];
    default:
      return [];
  }
}
