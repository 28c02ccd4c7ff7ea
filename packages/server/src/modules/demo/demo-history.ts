import type { StaffingType } from '@bianping/core/registry/vocabulary';
import type { DemoUnit } from './demo-county.ts';
import { type IsoDate, randomDate } from './demo-dates.ts';
import { DUTY_TRANSFERS, INCREASES, PLATES, RENAMINGS } from './demo-history-acts.ts';
import {
  type Act,
  act,
  mainQuota,
  type QuotaDelta,
  quotaChange,
  typeLabel,
  writeActs,
} from './demo-ledger.ts';
import { DEMO_PLAN, HISTORY_PLAN, PLANNED_UNITS, planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

const headcountOf = (unit: DemoUnit, type: StaffingType) =>
  unit.headcount.find((h) => h.staffingType === type)?.count ?? 0;

/**
 * The 沿革 of 2021–2025 and the quota ledger behind it. Units are changed in place where the
 * history says so (merged and abolished units end with no quota and nobody on the books, their
 * quota and people move to the unit that absorbed them; established units get their founding
 * date); `quotas` stays the current quota, and the ledger of every unit sums to it.
 */
export function generateHistory(units: DemoUnit[], byShort: UnitsByShortName, rnd: Random) {
  const acts: Act[] = [];
  const touched = new Set<string>();
  const ended: EndedUnits = { former: new Map(), absorbed: [] };
  const use = (name: string) => {
    const unit = planned(byShort, name);
    touched.add(unit.id);
    return unit;
  };

  for (const { unit: name, on } of HISTORY_PLAN.established) {
    const unit = use(name);
    unit.foundedOn = on;
    const delta = Object.fromEntries(unit.quotas.map((q) => [q.staffingType, q.amount]));
    acts.push(
      act(on, {
        founds: [unit],
        events: [
          {
            unitId: unit.id,
            eventDate: on,
            type: 'established',
            description: `设立${unit.name}，核定${describe(delta)}`,
            quotaDelta: delta,
          },
        ],
      }),
    );
  }

  for (const { unit: name, into: intoName, on } of HISTORY_PLAN.merged) {
    const unit = use(name);
    const into = use(intoName);
    const quota = mainQuota(unit);
    const amount = quota.amount;
    const people = headcountOf(unit, quota.staffingType);
    const out = quotaChange(
      unit,
      on,
      -amount,
      'merged',
      `${unit.name}并入${into.name}，${typeLabel(quota.staffingType)} ${amount} 名随之划转`,
    );
    const inn = quotaChange(
      into,
      on,
      amount,
      'merged',
      `${unit.name}并入本单位，划入${typeLabel(quota.staffingType)} ${amount} 名`,
    );
    acts.push(act(on, { events: [out.event, inn.event], changes: [out.change, inn.change] }));
    mainQuota(into).amount += amount;
    const target = into.headcount.find((h) => h.staffingType === quota.staffingType);
    if (target) target.count += people;
    ended.absorbed.push({ unitId: into.id, on, people });
    endUnit(unit, 'merged', on, ended);
  }

  for (const { unit: name, on, why } of HISTORY_PLAN.abolished) {
    const unit = use(name);
    const quota = mainQuota(unit);
    const gone = quotaChange(
      unit,
      on,
      -quota.amount,
      'abolished',
      `${why}，撤销${unit.name}，核销${typeLabel(quota.staffingType)} ${quota.amount} 名`,
    );
    acts.push(act(on, { events: [gone.event], changes: [gone.change] }));
    endUnit(unit, 'abolished', on, ended);
  }

  for (const { unit: name, from, on } of RENAMINGS) {
    const unit = use(name);
    acts.push(
      act(on, {
        events: [
          {
            unitId: unit.id,
            eventDate: on,
            type: 'renamed',
            description: `由“${from}”更名为“${unit.name}”`,
            quotaDelta: null,
          },
        ],
      }),
    );
  }
  for (const { unit: name, plate, on } of PLATES) {
    const unit = use(name);
    acts.push(
      act(on, {
        events: [
          {
            unitId: unit.id,
            eventDate: on,
            type: 'plateAdded',
            description: `加挂“${plate}”牌子`,
            quotaDelta: null,
          },
        ],
      }),
    );
  }

  for (const t of DUTY_TRANSFERS) {
    const from = use(t.from);
    const to = t.to ? use(t.to) : null;
    const target = to?.name ?? t.toName;
    const parts: Partial<Act> = {
      transfers: [
        { fromUnitId: from.id, toUnitId: to?.id ?? null, duty: t.duty, completed: t.completed ?? false },
      ],
      events: [
        {
          unitId: from.id,
          eventDate: t.on,
          type: 'dutiesOut',
          description: t.completed
            ? `职责任务已完成：${t.duty}`
            : `将“${t.duty}”职责划出${target ? `至${target}` : ''}`,
          quotaDelta: null,
        },
      ],
    };
    if (to) {
      parts.events?.push({
        unitId: to.id,
        eventDate: t.on,
        type: 'dutiesIn',
        description: `将${from.name}“${t.duty}”职责划入`,
        quotaDelta: null,
      });
    }
    if (to && t.quota) {
      const out = quotaChange(
        from,
        t.on,
        -t.quota,
        'quotaTransferred',
        `随职责划转至${to.name}，划出${typeLabel(mainQuota(from).staffingType)} ${t.quota} 名`,
      );
      const inn = quotaChange(
        to,
        t.on,
        t.quota,
        'quotaTransferred',
        `随职责自${from.name}划入${typeLabel(mainQuota(to).staffingType)} ${t.quota} 名`,
      );
      parts.events?.push(out.event, inn.event);
      parts.changes = [out.change, inn.change];
    }
    acts.push(act(t.on, parts));
  }

  for (const { unit: name, delta, on, why } of INCREASES) {
    const unit = use(name);
    const up = quotaChange(
      unit,
      on,
      delta,
      'quotaIncreased',
      `${why}，核增${typeLabel(mainQuota(unit).staffingType)} ${delta} 名`,
    );
    acts.push(act(on, { events: [up.event], changes: [up.change] }));
  }

  acts.push(...plannedDecreases(units, byShort, touched, rnd));
  return { ...writeActs(units, acts, rnd), ended };
}

/** What merged and abolished units had before they ended, and who took in whose people. */
export type EndedUnits = {
  former: Map<string, { quota: number; headcount: number }>;
  absorbed: { unitId: string; on: IsoDate; people: number }[];
};

function endUnit(unit: DemoUnit, status: 'merged' | 'abolished', on: IsoDate, ended: EndedUnits) {
  ended.former.set(unit.id, {
    quota: unit.quotas.reduce((sum, q) => sum + q.amount, 0),
    headcount: unit.headcount.reduce((sum, h) => sum + h.count, 0),
  });
  unit.status = status;
  unit.endedOn = on;
  for (const q of unit.quotas) q.amount = 0;
  for (const h of unit.headcount) h.count = 0;
}

const describe = (delta: QuotaDelta) =>
  Object.entries(delta)
    .map(([type, n]) => `${typeLabel(type as StaffingType)} ${n} 名`)
    .join('、');

/**
 * 编制核减: the units over quota (W01) got there because their quota was cut after they were
 * full (the W02 unit instead hired past it); and a few village schools lost posts as pupils left.
 */
function plannedDecreases(
  units: DemoUnit[],
  byShort: UnitsByShortName,
  touched: Set<string>,
  rnd: Random,
): Act[] {
  const acts: Act[] = [];
  const hiringUnit = planned(byShort, DEMO_PLAN.hiringOverQuota.unit).id;
  for (const unit of units) {
    const quota = mainQuota(unit);
    const over = headcountOf(unit, quota.staffingType) - quota.amount;
    if (over <= 0 || unit.id === hiringUnit || touched.has(unit.id)) continue;
    const cut = over + rnd.int(0, 2);
    const why =
      unit.category === 'education'
        ? '因生源减少'
        : unit.kind === 'party' || unit.kind === 'administrative'
          ? '根据党政机构编制精简方案'
          : '根据事业单位编制资源统筹调整方案';
    const down = quotaChange(
      unit,
      randomDate(rnd, '2023-03-01', '2025-10-31'),
      -cut,
      'quotaDecreased',
      `${why}，核减${typeLabel(quota.staffingType)} ${cut} 名`,
    );
    acts.push(act(down.change.effectiveOn, { events: [down.event], changes: [down.change] }));
    touched.add(unit.id);
  }
  const villageSchools = units.filter(
    (u) =>
      u.shortName.endsWith('村小学') &&
      u.status === 'active' &&
      !touched.has(u.id) &&
      !PLANNED_UNITS.has(u.shortName),
  );
  for (const unit of rnd.shuffle(villageSchools).slice(0, 8)) {
    const cut = rnd.int(1, 3);
    const down = quotaChange(
      unit,
      randomDate(rnd, '2021-07-01', '2025-08-31'),
      -cut,
      'quotaDecreased',
      `因生源减少，核减事业编制 ${cut} 名`,
    );
    acts.push(act(down.change.effectiveOn, { events: [down.event], changes: [down.change] }));
    touched.add(unit.id);
  }
  return acts;
}
