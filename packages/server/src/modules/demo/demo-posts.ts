import type { StaffingType } from '@bianping/core/registry/vocabulary';
import type { LeaderLevel } from '@bianping/core/warnings';
import { type DemoUnit, isOrgan } from './demo-county.ts';
import type { Random } from './random.ts';

/**
 * 学历, highest first: 博士研究生, 硕士研究生, 大学本科, 大学专科, 中专, 高中及以下. Stored as the
 * codes of the 实名制 import vocabulary (`educationLevels`), not as the Chinese labels.
 */
export const EDUCATIONS = ['doctorate', 'master', 'bachelor', 'college', 'technical', 'highSchool'] as const;
export type Education = (typeof EDUCATIONS)[number];
/** Age at which each level is usually finished. */
export const GRADUATION_AGE: Record<Education, number> = {
  doctorate: 29,
  master: 25,
  bachelor: 22,
  college: 21,
  technical: 19,
  highSchool: 18,
};

/** A professional line (岗位序列) of a public institution and its four title levels. */
type Line = { titles: readonly [string, string, string, string]; male: number } | 'management' | 'worker';
const line = (titles: readonly [string, string, string, string], male: number): Line => ({ titles, male });
const DOCTOR = line(['医师', '主治医师', '副主任医师', '主任医师'], 0.55);
const NURSE = line(['护师', '主管护师', '副主任护师', '主任护师'], 0.04);
const PHARMACIST = line(['药师', '主管药师', '副主任药师', '主任药师'], 0.35);
const TECHNICIAN = line(['技师', '主管技师', '副主任技师', '主任技师'], 0.45);
const TEACHER_TITLES = ['二级教师', '一级教师', '高级教师', '正高级教师'] as const;
const TEACHER = line(TEACHER_TITLES, 0.32);
const AGRONOMIST = line(['助理农艺师', '农艺师', '高级农艺师', '正高级农艺师'], 0.68);
const ENGINEER = line(['助理工程师', '工程师', '高级工程师', '正高级工程师'], 0.72);
const LIBRARIAN = line(['助理馆员', '馆员', '副研究馆员', '研究馆员'], 0.4);
const JOURNALIST = line(['助理记者', '记者', '主任记者', '高级记者'], 0.5);
const ACCOUNTANT = line(['助理会计师', '会计师', '高级会计师', '正高级会计师'], 0.3);
const ECONOMIST = line(['助理经济师', '经济师', '高级经济师', '正高级经济师'], 0.5);

/** Staffing mix of institutions, by what they do. */
function linesOf(unit: DemoUnit): readonly (readonly [Line, number])[] {
  const n = unit.name;
  if (/医院|卫生院|保健院/.test(n))
    return [
      [DOCTOR, 38],
      [NURSE, 42],
      [PHARMACIST, 6],
      [TECHNICIAN, 8],
      ['management', 4],
      ['worker', 2],
    ];
  if (/疾病预防/.test(n))
    return [
      [DOCTOR, 50],
      [TECHNICIAN, 30],
      ['management', 15],
      ['worker', 5],
    ];
  if (/幼儿园/.test(n))
    return [
      [{ titles: TEACHER_TITLES, male: 0.04 }, 88],
      ['worker', 12],
    ];
  if (/小学|中学|学校/.test(n))
    return [
      [n.includes('高级中学') ? { titles: TEACHER_TITLES, male: 0.45 } : TEACHER, 94],
      ['management', 3],
      ['worker', 3],
    ];
  if (/融媒体/.test(n))
    return [
      [JOURNALIST, 70],
      ['management', 25],
      ['worker', 5],
    ];
  if (/图书馆|文化馆|博物馆/.test(n))
    return [
      [LIBRARIAN, 65],
      ['management', 30],
      ['worker', 5],
    ];
  if (unit.category === 'agriculture')
    return [
      [AGRONOMIST, 70],
      ['management', 25],
      ['worker', 5],
    ];
  if (
    ['waterResources', 'housing', 'transport', 'naturalResources', 'marketRegulation', 'emergency'].includes(
      unit.category,
    )
  )
    return [
      [ENGINEER, 62],
      [ACCOUNTANT, 5],
      ['management', 28],
      ['worker', 5],
    ];
  return [
    ['management', 60],
    [ACCOUNTANT, 12],
    [ECONOMIST, 20],
    ['worker', 8],
  ];
}

/** Probability that a person in this unit on this staffing type is a man. */
function maleShare(unit: DemoUnit, type: StaffingType): number {
  if (type === 'workerAdmin') return 0.8;
  if (unit.category === 'publicSecurity') return 0.85;
  if (unit.system === 'court' || unit.system === 'procuratorate') return 0.52;
  if (unit.category === 'township') return 0.66;
  if (/执法/.test(unit.name)) return 0.8;
  return isOrgan(unit.kind) ? 0.6 : 0.5;
}

const HEAD_TITLES: readonly [RegExp, string][] = [
  [/人民检察院$/, '检察长'],
  [/(医院|卫生院|保健院|设计院|人民法院)$/, '院长'],
  [/局$/, '局长'],
  [/部$/, '部长'],
  [/(政法委员会|工作委员会|共青团.*)$/, '书记'],
  [/(办公室|办事处|中心)$/, '主任'],
  [/人民政府$/, '镇长'],
  [/(总工会|妇女联合会|科学技术协会|文学艺术界联合会|工商业联合会)$/, '主席'],
  [/残疾人联合会$/, '理事长'],
  [/(党校|学校|小学|中学)$/, '校长'],
  [/幼儿园$/, '园长'],
  [/馆$/, '馆长'],
  [/站$/, '站长'],
  [/大队$/, '大队长'],
  [/执法队$/, '队长'],
  [/林场$/, '场长'],
  [/委员会$/, '主任'],
];
const BODY_TITLES: readonly [RegExp, string][] = [
  [/股$/, '股长'],
  [/科$/, '科长'],
  [/(室|处|部|中心)$/, '主任'],
  [/中队$/, '中队长'],
  [/大队$/, '大队长'],
  [/庭$/, '庭长'],
  [/局$/, '局长'],
  [/所$/, '所长'],
  [/组$/, '组长'],
];
const titleBy = (table: readonly [RegExp, string][], name: string) =>
  table.find(([pattern]) => pattern.test(name))?.[1] ?? '负责人';

/** 职务名称 of a leader: 局长, 副院长, 办公室主任, 刑事审判庭副庭长 … */
export function leaderTitle(unit: DemoUnit, level: LeaderLevel, bodyName: string | null): string {
  if (level === 'unitHead' || level === 'unitDeputy') {
    const title = titleBy(HEAD_TITLES, unit.name);
    return level === 'unitHead' ? title : `副${title}`;
  }
  const title = titleBy(BODY_TITLES, bodyName ?? '');
  return `${bodyName ?? ''}${level === 'bodyHead' ? '' : '副'}${title}`;
}

const CIVIL_SERVANT_GRADES = [
  '二级科员',
  '一级科员',
  '四级主任科员',
  '三级主任科员',
  '二级主任科员',
  '一级主任科员',
];
const POLICE_GRADES = ['二级警员', '一级警员', '四级警长', '三级警长', '二级警长', '一级警长'];

/** A 职级 rising with age; leaders sit one or two steps higher. */
function civilServantGrade(age: number, lift: number, police: boolean, rnd: Random): string {
  const base = age < 26 ? 0 : age < 30 ? 1 : age < 36 ? 2 : age < 45 ? 3 : rnd.chance(0.45) ? 5 : 4;
  const grades = police ? POLICE_GRADES : CIVIL_SERVANT_GRADES;
  return grades[Math.min(grades.length - 1, base + lift)] as string;
}

const TECH_GRADES = [
  ['专业技术十三级', '专业技术十二级', '专业技术十一级'],
  ['专业技术十级', '专业技术九级', '专业技术八级'],
  ['专业技术七级', '专业技术六级', '专业技术五级'],
  ['专业技术四级', '专业技术四级', '专业技术三级'],
] as const;

function titleLevel(age: number, rnd: Random): 0 | 1 | 2 | 3 {
  if (age < 28) return 0;
  if (age < 36) return rnd.chance(0.7) ? 1 : 0;
  if (age < 45) return rnd.chance(0.4) ? 2 : 1;
  return rnd.weighted([
    [1, 35],
    [2, 55],
    [3, 10],
  ] as const);
}

export type PostAndGrade = { post: string; grade: string; line: Line };

/** 职务名称 and 职级/岗位等级 of someone who is not a leader. */
export function staffPost(unit: DemoUnit, type: StaffingType, age: number, rnd: Random): PostAndGrade {
  if (type === 'workerAdmin') {
    const grade = age < 30 ? '技术工五级' : age < 40 ? '技术工四级' : age < 50 ? '技术工三级' : '技术工二级';
    return { post: rnd.pick(['驾驶员', '打字员', '后勤服务员', '机要通信员']), grade, line: 'worker' };
  }
  // Civil servants, and 参公 staff who are managed like them.
  if (type !== 'institutional' || unit.kind === 'civilServiceManaged') {
    const police = unit.category === 'publicSecurity';
    const post = police
      ? '民警'
      : unit.system === 'court'
        ? rnd.pick(['法官', '法官助理', '书记员'])
        : unit.system === 'procuratorate'
          ? rnd.pick(['检察官', '检察官助理', '书记员'])
          : /执法/.test(unit.name)
            ? '执法队员'
            : '科员';
    return { post, grade: civilServantGrade(age, 0, police, rnd), line: 'management' };
  }
  const chosen = rnd.weighted(linesOf(unit));
  if (chosen === 'management') {
    return {
      post: '管理人员',
      grade: age < 30 ? '管理十级' : age < 45 || rnd.chance(0.6) ? '管理九级' : '管理八级',
      line: chosen,
    };
  }
  if (chosen === 'worker') {
    const post = /幼儿园/.test(unit.name) ? '保育员' : /学/.test(unit.name) ? '炊事员' : '工勤人员';
    return { post, grade: age < 35 ? '技术工四级' : age < 48 ? '技术工三级' : '技术工二级', line: chosen };
  }
  const level = titleLevel(age, rnd);
  return { post: chosen.titles[level], grade: rnd.pick(TECH_GRADES[level]), line: chosen };
}

/** 职级 or 管理岗位等级 of a leader. */
export function leaderGrade(
  unit: DemoUnit,
  type: StaffingType,
  level: LeaderLevel,
  age: number,
  rnd: Random,
): string {
  const lift = level === 'unitHead' ? 2 : level === 'unitDeputy' ? 1 : 0;
  if (type !== 'institutional' || unit.kind === 'civilServiceManaged')
    return civilServantGrade(Math.max(age, 36), lift, unit.category === 'publicSecurity', rnd);
  const step =
    (unit.rank === 'section' ? 7 : unit.rank === 'deputySection' ? 8 : 9) +
    (lift === 2 ? 0 : lift === 1 ? 1 : 2);
  return `管理${['七', '八', '九', '十'][Math.min(3, step - 7)]}级`;
}

/** The share of a sex for a line, or for the unit when the line does not say. */
export function pickSex(
  unit: DemoUnit,
  type: StaffingType,
  post: PostAndGrade | null,
  rnd: Random,
): 'male' | 'female' {
  const share = post && typeof post.line === 'object' ? post.line.male : maleShare(unit, type);
  return rnd.chance(share) ? 'male' : 'female';
}

type Shares = readonly [number, number, number, number, number, number];
const SHARES = {
  organ: [0.2, 9, 74, 14, 1.8, 1],
  worker: [0, 0, 8, 32, 25, 35],
  civilServiceManaged: [0, 5, 70, 20, 3, 2],
  hospital: [0.3, 8, 55, 28, 8, 0.7],
  school: [0.1, 9, 82, 8, 1, 0],
  ruralSchool: [0, 2, 62, 30, 6, 0],
  businessLike: [0, 1, 35, 35, 17, 12],
  institution: [0.1, 6, 66, 22, 4, 2],
} satisfies Record<string, Shares>;

function educationProfile(unit: DemoUnit, type: StaffingType, isWorker: boolean): keyof typeof SHARES {
  if (isWorker || type === 'workerAdmin') return 'worker';
  if (isOrgan(unit.kind)) return 'organ';
  if (unit.kind === 'civilServiceManaged' || unit.kind === 'businessLike') return unit.kind;
  if (/医院|卫生院|保健院/.test(unit.name)) return 'hospital';
  if (/小学|中学|学校|幼儿园/.test(unit.name)) return unit.rank === 'unranked' ? 'ruralSchool' : 'school';
  return 'institution';
}

/** 学历 with realistic shares by kind of unit; older people more often studied less long. */
export function pickEducation(
  unit: DemoUnit,
  type: StaffingType,
  isWorker: boolean,
  age: number,
  rnd: Random,
): Education {
  const shares = SHARES[educationProfile(unit, type, isWorker)];
  let index = EDUCATIONS.indexOf(rnd.weighted(EDUCATIONS.map((e, i) => [e, shares[i] ?? 0] as const)));
  if (age >= 50 && index >= 2 && index < 5 && rnd.chance(0.35)) index++;
  return EDUCATIONS[index] as Education;
}
