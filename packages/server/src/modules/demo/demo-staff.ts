import type { FundingForm, StaffingType, UnitRank } from '@bianping/core/registry/vocabulary';
import type { LeaderLevel } from '@bianping/core/warnings';
import type { DemoInternalBody, DemoLeaderPost } from './demo-bodies.ts';
import type { DemoUnit } from './demo-county.ts';
import { addDays, type IsoDate, laterOf, randomDate, shiftYears } from './demo-dates.ts';
import { idNumberIssuer } from './demo-id-numbers.ts';
import type { PlannedEntry, PlannedExit, UnitMovements } from './demo-movements.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import {
  type Education,
  GRADUATION_AGE,
  leaderGrade,
  leaderTitle,
  pickEducation,
  pickSex,
  staffPost,
} from './demo-posts.ts';
import { makeName } from './names.ts';
import type { Random } from './random.ts';

/** One person of the 实名制 list, with the ID number in clear (the loader protects it). */
export type DemoStaff = {
  id: string;
  unitId: string;
  workUnitId: string | null;
  secondedSince: IsoDate | null;
  internalBodyId: string | null;
  name: string;
  idNumber: string;
  sex: 'male' | 'female';
  birthDate: IsoDate;
  education: Education | null;
  staffingType: StaffingType;
  fundingForm: FundingForm;
  post: string;
  grade: string;
  leaderLevel: LeaderLevel | null;
  leaderRank: UnitRank | null;
  overRankApproved: boolean;
  entryDate: IsoDate;
};

/** Who a place on the list is for, decided before the person is drawn. */
type Slot = {
  type: StaffingType;
  leader: { level: LeaderLevel; body: DemoInternalBody | null } | null;
  entry: PlannedEntry | null;
  exit: PlannedExit | null;
};

/** Leaders' 职务层次 below the unit's 规格: head at it, deputies one step down, bodies 股级. */
const RANKS: Partial<Record<UnitRank, Record<LeaderLevel, UnitRank>>> = {
  section: { unitHead: 'section', unitDeputy: 'deputySection', bodyHead: 'stock', bodyDeputy: 'stock' },
  deputySection: { unitHead: 'deputySection', unitDeputy: 'stock', bodyHead: 'stock', bodyDeputy: 'stock' },
};
const AGES: Record<LeaderLevel | 'staff', [number, number]> = {
  unitHead: [42, 57],
  unitDeputy: [35, 57],
  bodyHead: [30, 57],
  bodyDeputy: [28, 50],
  staff: [22, 59],
};
/** Everyone still at work is younger than the retirement age (men 60, women 55). */
const RETIREMENT_AGE = { male: 60, female: 55 } as const;
const LAST_ORDINARY_ENTRY: IsoDate = '2025-12-31';

export type StaffContext = {
  rnd: Random;
  today: IsoDate;
  issueId: (birthDate: IsoDate, sex: 'male' | 'female') => string;
  names: Set<string>;
};

export const staffContext = (rnd: Random, today: IsoDate): StaffContext => ({
  rnd,
  today,
  issueId: idNumberIssuer(rnd),
  names: new Set(),
});

/** The leader places of a unit: approved posts, a few vacant, the W03 units one over. */
function leaderSlots(
  unit: DemoUnit,
  posts: DemoLeaderPost[],
  bodies: DemoInternalBody[],
  byShort: UnitsByShortName,
  rnd: Random,
) {
  const approved = (level: LeaderLevel) => posts.find((p) => p.level === level)?.approved ?? 0;
  const isIn = (names: readonly string[]) => names.some((n) => planned(byShort, n).id === unit.id);
  const mandate = bodies.filter((b) => b.inMandate && b.active);
  const slots: Slot['leader'][] = [];
  if (approved('unitHead') > 0) slots.push({ level: 'unitHead', body: null });
  const deputies = isIn(DEMO_PLAN.extraDeputies)
    ? approved('unitDeputy') + 1
    : approved('unitDeputy') - (rnd.chance(0.25) ? 1 : 0);
  for (let i = 0; i < deputies; i++) slots.push({ level: 'unitDeputy', body: null });
  for (const body of mandate) if (rnd.chance(0.88)) slots.push({ level: 'bodyHead', body });
  const bodyDeputies = isIn(DEMO_PLAN.extraBodyDeputies)
    ? approved('bodyDeputy') + 1
    : Math.max(0, approved('bodyDeputy') - rnd.int(0, 1));
  for (let i = 0; i < bodyDeputies && mandate.length > 0; i++)
    slots.push({ level: 'bodyDeputy', body: mandate[i % mandate.length] ?? null });
  return slots;
}

/**
 * The people of one unit, matching its headcount per staffing type: the year's entrants and the
 * leavers still on the books first, leaders from the rest of the main staffing type, everyone
 * else spread over the internal bodies.
 */
export function generateUnitStaff(
  unit: DemoUnit,
  bodies: DemoInternalBody[],
  posts: DemoLeaderPost[],
  movements: UnitMovements,
  byShort: UnitsByShortName,
  ctx: StaffContext,
) {
  const { rnd } = ctx;
  const mainType = unit.quotas[0]?.staffingType;
  const slots: Slot[] = [];
  for (const { staffingType: type, count } of unit.headcount) {
    const entries = movements.entries.filter((e) => e.staffingType === type);
    const exits = movements.exits.filter((e) => e.staffingType === type && e.processedOn === null);
    for (const entry of entries) slots.push({ type, leader: null, entry, exit: null });
    for (const exit of exits) slots.push({ type, leader: null, entry: null, exit });
    const ordinary = count - entries.length - exits.length;
    if (ordinary < 0) throw new Error(`demo staff: ${unit.name} has more movements than people`);
    const leaders = type === mainType ? leaderSlots(unit, posts, bodies, byShort, rnd) : [];
    for (let i = 0; i < ordinary; i++)
      slots.push({ type, leader: leaders[i] ?? null, entry: null, exit: null });
  }
  const active = bodies.filter((b) => b.active);
  const staff = slots.map((slot) => makePerson(unit, slot, active, byShort, ctx));
  return { staff, slots };
}

function makePerson(
  unit: DemoUnit,
  slot: Slot,
  bodies: DemoInternalBody[],
  byShort: UnitsByShortName,
  ctx: StaffContext,
): DemoStaff {
  const { rnd, today } = ctx;
  const level = slot.leader?.level ?? null;
  const retiring = slot.exit?.reason === 'retirement';
  const [low, high] = AGES[level ?? 'staff'];
  let age = retiring ? RETIREMENT_AGE.male : level ? rnd.int(low, high) : ordinaryAge(rnd, high);
  const post = level ? null : staffPost(unit, slot.type, age, rnd);
  const sex = retiring ? 'male' : pickSex(unit, slot.type, post, rnd);
  if (!retiring) age = Math.min(age, RETIREMENT_AGE[sex] - 1);
  const education = pickEducation(unit, slot.type, post?.line === 'worker', age, rnd);
  const graduation = GRADUATION_AGE[education];

  let birthDate: IsoDate;
  let entryDate: IsoDate;
  if (slot.entry) {
    entryDate = slot.entry.entryDate;
    birthDate = addDays(shiftYears(entryDate, -Math.max(22, graduation + rnd.int(0, 6))), -rnd.int(1, 300));
  } else if (retiring && slot.exit) {
    birthDate = shiftYears(slot.exit.eventDate, -RETIREMENT_AGE.male);
    entryDate = ordinaryEntry(unit, birthDate, graduation, rnd);
  } else {
    birthDate = addDays(shiftYears(today, -Math.max(age, graduation + 1)), -rnd.int(1, 364));
    entryDate = ordinaryEntry(unit, birthDate, graduation, rnd);
  }
  let name = makeName(rnd, sex, Number(birthDate.slice(0, 4)));
  while (ctx.names.has(`${name}|${birthDate}`)) name = makeName(rnd, sex, Number(birthDate.slice(0, 4)));
  ctx.names.add(`${name}|${birthDate}`);

  const body = slot.leader
    ? slot.leader.body
    : bodies.length === 0
      ? null
      : slot.type === 'workerAdmin'
        ? (bodies[0] ?? null)
        : rnd.pick(bodies);
  const leaderRank = level ? (RANKS[unit.rank]?.[level] ?? 'unranked') : null;
  const overRank =
    level === 'unitHead' &&
    [DEMO_PLAN.overRank, DEMO_PLAN.approvedOverRank].some((n) => planned(byShort, n).id === unit.id);
  return {
    id: rnd.uuid(),
    unitId: unit.id,
    workUnitId: null,
    secondedSince: null,
    internalBodyId: body?.id ?? null,
    name,
    idNumber: ctx.issueId(birthDate, sex),
    sex,
    birthDate,
    education,
    staffingType: slot.type,
    fundingForm: unit.quotas.find((q) => q.staffingType === slot.type)?.fundingForm ?? unit.fundingForm,
    post: level ? leaderTitle(unit, level, body?.name ?? null) : (post?.post ?? '科员'),
    grade: level ? leaderGrade(unit, slot.type, level, age, rnd) : (post?.grade ?? ''),
    leaderLevel: level,
    leaderRank: overRank ? 'section' : leaderRank,
    overRankApproved: overRank && planned(byShort, DEMO_PLAN.approvedOverRank).id === unit.id,
    entryDate,
  };
}

/** Ages of people without a leading post: few near the ends of working life. */
function ordinaryAge(rnd: Random, oldest: number): number {
  const decade = rnd.weighted([
    [0, 22],
    [1, 30],
    [2, 28],
    [3, 20],
  ] as const);
  return decade === 0
    ? rnd.int(22, 29)
    : decade === 3
      ? rnd.int(50, oldest)
      : rnd.int(20 + decade * 10, 29 + decade * 10);
}

/** Joined the unit some time after both its founding and the person's graduation, before this year. */
function ordinaryEntry(unit: DemoUnit, birthDate: IsoDate, graduation: number, rnd: Random): IsoDate {
  const from = laterOf(unit.foundedOn, shiftYears(birthDate, graduation));
  return from >= LAST_ORDINARY_ENTRY ? LAST_ORDINARY_ENTRY : randomDate(rnd, from, LAST_ORDINARY_ENTRY);
}
