import type { UnitRank } from '@bianping/core/registry/vocabulary';
import type { LeaderLevel } from '@bianping/core/warnings';
import {
  BODIES_BY_CATEGORY,
  BODIES_BY_ORGAN,
  CENTRE_BODIES,
  ENFORCEMENT_BODIES,
  HOSPITAL_BODIES,
  INSTITUTION_BODIES,
  SCHOOL_BODIES,
} from './demo-bodies-data.ts';
import { type DemoUnit, isOrgan } from './demo-county.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

export type DemoInternalBody = {
  id: string;
  unitId: string;
  name: string;
  rank: UnitRank | null;
  inMandate: boolean;
  active: boolean;
  sortOrder: number;
};

/** Approved 领导职数 of one level; `actual` is counted from the staff once they exist. */
export type DemoLeaderPost = { unitId: string; level: LeaderLevel; approved: number; actual: number };

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));
export const quotaTotal = (unit: DemoUnit) => unit.quotas.reduce((sum, q) => sum + q.amount, 0);
export const isHospital = (unit: DemoUnit) => /医院|卫生院|保健院/.test(unit.name);
const isSchool = (unit: DemoUnit) => /小学|中学|学校/.test(unit.name);

/** The bodies a unit's 三定 lists, or null when it has none (small schools, stations). */
function mandateBodies(unit: DemoUnit): readonly string[] | null {
  const quota = quotaTotal(unit);
  if (isOrgan(unit.kind)) {
    const list = BODIES_BY_ORGAN[unit.shortName] ?? BODIES_BY_CATEGORY[unit.category] ?? CENTRE_BODIES;
    if (unit.kind === 'massOrganization') return list.slice(0, quota >= 6 ? 2 : 1);
    return list.slice(0, clamp(Math.round(2 + quota / 6), 3, list.length));
  }
  const own = INSTITUTION_BODIES[unit.shortName];
  if (own) return own;
  if (unit.kind === 'civilServiceManaged') {
    if (quota < 20) return null;
    const list = /大队|执法队/.test(unit.name) ? ENFORCEMENT_BODIES : CENTRE_BODIES;
    return list.slice(0, clamp(2 + Math.floor(quota / 12), 3, list.length));
  }
  if (isHospital(unit))
    return HOSPITAL_BODIES.slice(0, clamp(Math.round(quota / 30), 5, HOSPITAL_BODIES.length));
  if (isSchool(unit))
    return quota >= 40 ? SCHOOL_BODIES.slice(0, clamp(3 + Math.floor(quota / 60), 4, 6)) : null;
  return quota >= 20 ? CENTRE_BODIES.slice(0, 2) : null;
}

function deputiesApproved(unit: DemoUnit): number {
  const quota = quotaTotal(unit);
  if (unit.shortName === '县公安局') return 5;
  if (unit.category === 'township' && unit.kind === 'administrative') return 4;
  if (isOrgan(unit.kind)) return quota <= 10 ? 1 : quota <= 20 ? 2 : quota <= 45 ? 3 : 4;
  return quota < 8 ? 0 : quota < 20 ? 1 : quota < 60 ? 2 : quota < 200 ? 3 : 4;
}

/**
 * Internal bodies and approved leader posts of every active unit. Organ bodies are 股级; a few
 * approved bodies were never set up; the W09 units run one body the 三定 does not list.
 * Sets `internalBodiesApproved` on the units.
 */
export function generateBodies(units: DemoUnit[], byShort: UnitsByShortName, rnd: Random) {
  const bodies: DemoInternalBody[] = [];
  const posts: DemoLeaderPost[] = [];
  const extras = new Map<string, string>(
    DEMO_PLAN.extraBodies.map(({ unit, body }) => [planned(byShort, unit).id, body]),
  );
  for (const unit of units) {
    if (unit.status !== 'active') continue;
    const names = mandateBodies(unit) ?? [];
    const rank: UnitRank | null = isOrgan(unit.kind) || unit.kind === 'civilServiceManaged' ? 'stock' : null;
    unit.internalBodiesApproved = names.length > 0 ? names.length : null;
    const unbuilt = names.length >= 5 && !extras.has(unit.id) && rnd.chance(0.1) ? names.length - 1 : -1;
    names.forEach((name, i) => {
      bodies.push({
        id: rnd.uuid(),
        unitId: unit.id,
        name,
        rank,
        inMandate: true,
        active: i !== unbuilt,
        sortOrder: i + 1,
      });
    });
    const extra = extras.get(unit.id);
    if (extra) {
      bodies.push({
        id: rnd.uuid(),
        unitId: unit.id,
        name: extra,
        rank,
        inMandate: false,
        active: true,
        sortOrder: names.length + 1,
      });
    }
    const deputies = deputiesApproved(unit);
    const bodyDeputies =
      (isOrgan(unit.kind) && quotaTotal(unit) >= 40) || isHospital(unit) ? Math.floor(names.length / 2) : 0;
    const approved: [LeaderLevel, number][] = [
      ['unitHead', 1],
      ['unitDeputy', deputies],
      ['bodyHead', names.length],
      ['bodyDeputy', bodyDeputies],
    ];
    for (const [level, count] of approved)
      if (count > 0) posts.push({ unitId: unit.id, level, approved: count, actual: 0 });
  }
  return { bodies, posts };
}
