import { makeCreditCode } from '@bianping/core/registry/credit-code';
import type {
  FundingForm,
  StaffingType,
  UnitCategory,
  UnitKind,
  UnitRank,
  UnitStatus,
  UnitSystem,
} from '@bianping/core/registry/vocabulary';
import { type Random, seededRandom } from './random.ts';

/** The fictional region codes of the demo; 99 is not a real GB/T 2260 province. */
export const DEMO_REGIONS = [
  { code: '990000', name: '示范省', level: 'province', parent: null },
  { code: '990100', name: '示范市', level: 'city', parent: '990000' },
  { code: '990121', name: '示范县', level: 'county', parent: '990100' },
] as const;
export const DEMO_COUNTY_CODE = '990121';

export type DemoUnit = {
  id: string;
  name: string;
  shortName: string;
  creditCode: string;
  kind: UnitKind;
  category: UnitCategory;
  system: UnitSystem;
  rank: UnitRank;
  fundingForm: FundingForm;
  parentUnitId: string | null;
  foundedOn: string;
  /** Current approved quota per staffing type; the quota ledger and the 沿革 must sum to it. */
  quotas: { staffingType: StaffingType; fundingForm: FundingForm; amount: number; docNo: string }[];
  /** In-quota people per staffing type; the staff list is generated to match it exactly. */
  headcount: { staffingType: StaffingType; count: number }[];
  status: UnitStatus;
  endedOn: string | null;
  foundingDocNo: string;
  /** 内设机构限额; null for units without a 三定 body list (small schools and stations). */
  internalBodiesApproved: number | null;
  nonQuotaCap: number | null;
  nonQuotaHeadcount: number | null;
};

type Department = [
  name: string,
  short: string,
  category: UnitCategory,
  system: UnitSystem,
  kind: UnitKind,
  quota: number,
];

/** County organs: party, congress, government, CPPCC, courts, mass organisations. */
const ORGANS: Department[] = [
  ['中共示范县委员会办公室', '县委办', 'general', 'party', 'party', 22],
  ['中共示范县委组织部', '县委组织部', 'humanResources', 'party', 'party', 20],
  ['中共示范县委宣传部', '县委宣传部', 'culture', 'party', 'party', 14],
  ['中共示范县委统一战线工作部', '县委统战部', 'general', 'party', 'party', 10],
  ['中共示范县委政法委员会', '县委政法委', 'justice', 'party', 'party', 12],
  ['中共示范县委机构编制委员会办公室', '县委编办', 'general', 'party', 'party', 9],
  ['中共示范县委巡察工作领导小组办公室', '县委巡察办', 'general', 'party', 'party', 8],
  ['中共示范县委网络安全和信息化委员会办公室', '县委网信办', 'general', 'party', 'party', 6],
  ['中共示范县直属机关工作委员会', '县直机关工委', 'general', 'party', 'party', 5],
  ['示范县人大常委会办公室', '县人大办', 'general', 'congress', 'administrative', 18],
  ['政协示范县委员会办公室', '县政协办', 'general', 'cppcc', 'administrative', 15],
  ['示范县人民政府办公室', '县政府办', 'general', 'government', 'administrative', 24],
  ['示范县发展和改革局', '县发改局', 'development', 'government', 'administrative', 18],
  ['示范县教育和体育局', '县教体局', 'education', 'government', 'administrative', 20],
  ['示范县科学技术和工业信息化局', '县科工信局', 'science', 'government', 'administrative', 14],
  ['示范县公安局', '县公安局', 'publicSecurity', 'government', 'administrative', 320],
  ['示范县民政局', '县民政局', 'civilAffairs', 'government', 'administrative', 12],
  ['示范县司法局', '县司法局', 'justice', 'government', 'administrative', 30],
  ['示范县财政局', '县财政局', 'finance', 'government', 'administrative', 22],
  ['示范县人力资源和社会保障局', '县人社局', 'humanResources', 'government', 'administrative', 16],
  ['示范县自然资源局', '县自然资源局', 'naturalResources', 'government', 'administrative', 20],
  ['示范县住房和城乡建设局', '县住建局', 'housing', 'government', 'administrative', 16],
  ['示范县交通运输局', '县交通局', 'transport', 'government', 'administrative', 14],
  ['示范县水利局', '县水利局', 'waterResources', 'government', 'administrative', 12],
  ['示范县农业农村局', '县农业农村局', 'agriculture', 'government', 'administrative', 20],
  ['示范县商务局', '县商务局', 'development', 'government', 'administrative', 10],
  ['示范县文化和旅游局', '县文旅局', 'culture', 'government', 'administrative', 12],
  ['示范县卫生健康局', '县卫健局', 'health', 'government', 'administrative', 16],
  ['示范县退役军人事务局', '县退役军人局', 'civilAffairs', 'government', 'administrative', 9],
  ['示范县应急管理局', '县应急局', 'emergency', 'government', 'administrative', 16],
  ['示范县审计局', '县审计局', 'finance', 'government', 'administrative', 12],
  ['示范县市场监督管理局', '县市场监管局', 'marketRegulation', 'government', 'administrative', 70],
  ['示范县统计局', '县统计局', 'general', 'government', 'administrative', 9],
  ['示范县医疗保障局', '县医保局', 'health', 'government', 'administrative', 9],
  ['示范县行政审批服务局', '县审批局', 'approval', 'government', 'administrative', 24],
  ['示范县信访局', '县信访局', 'general', 'government', 'administrative', 8],
  ['示范县外事办公室', '县外事办', 'foreignAffairs', 'government', 'administrative', 5],
  ['示范县人民法院', '县法院', 'justice', 'court', 'administrative', 85],
  ['示范县人民检察院', '县检察院', 'justice', 'procuratorate', 'administrative', 55],
  ['示范县总工会', '县总工会', 'general', 'massOrganization', 'massOrganization', 8],
  ['共青团示范县委员会', '团县委', 'general', 'massOrganization', 'massOrganization', 5],
  ['示范县妇女联合会', '县妇联', 'general', 'massOrganization', 'massOrganization', 5],
  ['示范县科学技术协会', '县科协', 'science', 'massOrganization', 'massOrganization', 4],
  ['示范县文学艺术界联合会', '县文联', 'culture', 'massOrganization', 'massOrganization', 4],
  ['示范县残疾人联合会', '县残联', 'civilAffairs', 'massOrganization', 'massOrganization', 6],
  ['示范县工商业联合会', '县工商联', 'development', 'massOrganization', 'massOrganization', 5],
];

const TOWNS = [
  '城关',
  '东湖',
  '西山',
  '南河',
  '北岭',
  '桃园',
  '柳营',
  '石桥',
  '青石',
  '杏林',
  '双河',
  '白塔',
  '龙泉',
  '凤鸣',
];

/** Public institutions under a department: [name suffix pattern, kind, category, parent short name, quota range]. */
const INSTITUTIONS: [string, UnitKind, UnitCategory, string, [number, number]][] = [
  ['示范县委党校', 'civilServiceManaged', 'education', '县委组织部', [20, 30]],
  ['示范县档案馆', 'civilServiceManaged', 'general', '县委办', [8, 12]],
  ['示范县机关事务服务中心', 'civilServiceManaged', 'general', '县政府办', [15, 25]],
  ['示范县社会保险事业服务中心', 'civilServiceManaged', 'humanResources', '县人社局', [25, 35]],
  ['示范县经济开发区管理委员会', 'civilServiceManaged', 'development', '县政府办', [30, 45]],
  ['示范县农业综合执法大队', 'civilServiceManaged', 'agriculture', '县农业农村局', [20, 30]],
  ['示范县文化市场综合执法大队', 'civilServiceManaged', 'culture', '县文旅局', [12, 18]],
  ['示范县交通运输综合执法大队', 'civilServiceManaged', 'transport', '县交通局', [25, 40]],
  ['示范县生态环境保护综合执法大队', 'civilServiceManaged', 'environment', '县政府办', [15, 25]],
  ['示范县城市管理综合执法大队', 'civilServiceManaged', 'housing', '县住建局', [40, 60]],
  ['示范县医疗保障事务中心', 'civilServiceManaged', 'health', '县医保局', [10, 15]],
  ['示范县疾病预防控制中心', 'publicWelfare1', 'health', '县卫健局', [60, 80]],
  ['示范县卫生健康综合监督执法大队', 'publicWelfare1', 'health', '县卫健局', [12, 18]],
  ['示范县政务服务中心', 'publicWelfare1', 'approval', '县审批局', [15, 25]],
  ['示范县公共资源交易中心', 'publicWelfare1', 'approval', '县审批局', [8, 12]],
  ['示范县不动产登记中心', 'publicWelfare1', 'naturalResources', '县自然资源局', [15, 25]],
  ['示范县统计调查中心', 'publicWelfare1', 'general', '县统计局', [6, 10]],
  ['示范县融媒体中心', 'publicWelfare1', 'culture', '县委宣传部', [40, 60]],
  ['示范县图书馆', 'publicWelfare1', 'culture', '县文旅局', [10, 15]],
  ['示范县文化馆', 'publicWelfare1', 'culture', '县文旅局', [10, 15]],
  ['示范县博物馆', 'publicWelfare1', 'culture', '县文旅局', [6, 10]],
  ['示范县水利工程服务中心', 'publicWelfare1', 'waterResources', '县水利局', [15, 25]],
  ['示范县农业技术推广中心', 'publicWelfare1', 'agriculture', '县农业农村局', [25, 35]],
  ['示范县畜牧兽医服务中心', 'publicWelfare1', 'agriculture', '县农业农村局', [15, 25]],
  ['示范县气象灾害防御中心', 'publicWelfare1', 'emergency', '县应急局', [5, 8]],
  ['示范县检验检测中心', 'publicWelfare2', 'marketRegulation', '县市场监管局', [20, 30]],
  ['示范县人民医院', 'publicWelfare2', 'health', '县卫健局', [620, 700]],
  ['示范县中医医院', 'publicWelfare2', 'health', '县卫健局', [300, 360]],
  ['示范县妇幼保健院', 'publicWelfare2', 'health', '县卫健局', [120, 150]],
  ['示范县第二人民医院', 'publicWelfare2', 'health', '县卫健局', [200, 240]],
  ['示范县职业中等专业学校', 'publicWelfare2', 'education', '县教体局', [130, 160]],
  ['示范县住房公积金服务中心', 'publicWelfare2', 'housing', '县住建局', [8, 12]],
  ['示范县国有林场', 'businessLike', 'naturalResources', '县自然资源局', [20, 30]],
  ['示范县宾馆', 'businessLike', 'general', '县政府办', [15, 25]],
  ['示范县勘察设计院', 'businessLike', 'housing', '县住建局', [10, 15]],
  ['示范县供水服务站', 'businessLike', 'waterResources', '县水利局', [8, 12]],
];

/** Per town: the township organ and its public institutions. */
const TOWN_INSTITUTIONS: [string, UnitKind, UnitCategory, string, [number, number]][] = [
  ['党群服务中心', 'publicWelfare1', 'township', 'town', [8, 12]],
  ['综合执法队', 'civilServiceManaged', 'township', 'town', [8, 14]],
  ['农业综合服务中心', 'publicWelfare1', 'agriculture', 'town', [8, 14]],
  ['社会事务服务中心', 'publicWelfare1', 'civilAffairs', 'town', [6, 12]],
  ['退役军人服务站', 'publicWelfare1', 'civilAffairs', 'town', [2, 4]],
  ['中心卫生院', 'publicWelfare2', 'health', '县卫健局', [60, 100]],
  ['中心小学', 'publicWelfare1', 'education', '县教体局', [80, 120]],
  ['初级中学', 'publicWelfare1', 'education', '县教体局', [110, 160]],
];

const VILLAGES = ['前', '后', '东', '西', '南', '北', '上', '下'];

const URBAN_SCHOOLS = [
  '第一小学',
  '第二小学',
  '第三小学',
  '第四小学',
  '实验小学',
  '第一中学',
  '第二中学',
  '实验中学',
  '第一高级中学',
  '第二高级中学',
  '特殊教育学校',
  '第一幼儿园',
  '第二幼儿园',
];

/** Party and government organs and mass organisations: the units on 行政编制. */
export const isOrgan = (kind: UnitKind) =>
  kind === 'administrative' || kind === 'party' || kind === 'massOrganization';

function quotaTypeFor(kind: UnitKind, category: UnitCategory, system: UnitSystem): StaffingType {
  if (isOrgan(kind)) {
    if (category === 'publicSecurity' || system === 'court' || system === 'procuratorate')
      return 'politicalLegal';
    return 'administrative';
  }
  // 参公 units are 事业单位 on 事业编制, managed like civil servants.
  return 'institutional';
}

function fundingFor(kind: UnitKind, rnd: Random): FundingForm {
  if (kind === 'publicWelfare2') return rnd.next() < 0.8 ? 'partial' : 'full';
  if (kind === 'businessLike') return 'selfFunded';
  return 'full';
}

/**
 * Headcount against quota, with the anomalies officials look for: most units at 85–100 %,
 * a handful over quota, some with idle quota, and a couple of near-empty institutions.
 */
function headcountFor(quota: number, index: number, rnd: Random, kind: UnitKind): number {
  if (index % 61 === 7) return quota + rnd.int(1, Math.max(2, Math.round(quota * 0.08))); // over quota
  if (index % 29 === 11) return Math.round(quota * (0.45 + rnd.next() * 0.2)); // idle quota
  if (kind !== 'administrative' && kind !== 'party' && index % 151 === 50) return rnd.int(0, 1); // near empty
  return Math.min(quota, Math.round(quota * (0.85 + rnd.next() * 0.15)));
}

/** Generates the demo county's units from a seed; the same seed gives the same county. */
export function generateDemoCounty(seed: number): DemoUnit[] {
  const rnd = seededRandom(seed);
  const units: DemoUnit[] = [];
  const byShort = new Map<string, string>();
  let serial = 0;

  const add = (
    name: string,
    shortName: string,
    kind: UnitKind,
    category: UnitCategory,
    system: UnitSystem,
    rank: UnitRank,
    parentUnitId: string | null,
    quota: number,
  ) => {
    serial++;
    const id = rnd.uuid();
    const typeChar =
      kind === 'administrative' || kind === 'party' ? '11' : kind === 'massOrganization' ? '13' : '12';
    const orgBody = String(10_000_000 + serial * 137 + rnd.int(0, 99)).slice(0, 8);
    const staffingType = quotaTypeFor(kind, category, system);
    const fundingForm = fundingFor(kind, rnd);
    const foundedOn = `${rnd.int(1978, 2019)}-${String(rnd.int(1, 12)).padStart(2, '0')}-01`;
    const foundedYear = Number(foundedOn.slice(0, 4));
    const foundingDocNo = `示编${foundedYear < 1992 ? '字' : ''}〔${foundedYear}〕${rnd.int(1, 60)}号`;
    const quotas: DemoUnit['quotas'] = [{ staffingType, fundingForm, amount: quota, docNo: foundingDocNo }];
    const headcount: DemoUnit['headcount'] = [
      { staffingType, count: headcountFor(quota, serial, rnd, kind) },
    ];
    if (isOrgan(kind) && quota >= 10) {
      const workers = rnd.int(1, 3);
      quotas.push({
        staffingType: 'workerAdmin',
        fundingForm: 'full',
        amount: workers,
        docNo: quotas[0]?.docNo ?? '',
      });
      headcount.push({ staffingType: 'workerAdmin', count: rnd.int(0, workers) });
    }
    units.push({
      id,
      name,
      shortName,
      creditCode: makeCreditCode(typeChar, DEMO_COUNTY_CODE, orgBody),
      kind,
      category,
      system,
      rank,
      fundingForm,
      parentUnitId,
      foundedOn,
      quotas,
      headcount,
      status: 'active',
      endedOn: null,
      foundingDocNo,
      internalBodiesApproved: null,
      nonQuotaCap: null,
      nonQuotaHeadcount: null,
    });
    byShort.set(shortName, id);
    return id;
  };

  for (const [name, short, category, system, kind, quota] of ORGANS) {
    add(
      name,
      short,
      kind,
      category,
      system,
      kind === 'massOrganization' ? 'deputySection' : 'section',
      null,
      quota,
    );
  }
  for (const [name, kind, category, parent, [lo, hi]] of INSTITUTIONS) {
    const short = name.startsWith('示范县委') ? name.replace('示范', '') : name.replace('示范县', '');
    add(
      name,
      short,
      kind,
      category,
      'government',
      'deputySection',
      byShort.get(parent) ?? null,
      rnd.int(lo, hi),
    );
  }
  URBAN_SCHOOLS.forEach((school, i) => {
    const [lo, hi] = school.includes('高级') ? [220, 280] : school.includes('幼儿园') ? [30, 45] : [130, 180];
    add(
      `示范县${school}`,
      school,
      'publicWelfare1',
      'education',
      'government',
      i < 10 ? 'deputySection' : 'unranked',
      byShort.get('县教体局') ?? null,
      rnd.int(lo, hi),
    );
  });
  for (const town of TOWNS) {
    const isStreet = town === '城关';
    const organ = `示范县${town}${isStreet ? '街道办事处' : '镇人民政府'}`;
    const townId = add(
      organ,
      `${town}${isStreet ? '街道' : '镇'}`,
      'administrative',
      'township',
      'government',
      'section',
      null,
      rnd.int(36, 52),
    );
    for (const [suffix, kind, category, parent, [lo, hi]] of TOWN_INSTITUTIONS) {
      const parentId = parent === 'town' ? townId : (byShort.get(parent) ?? null);
      add(
        `示范县${town}${isStreet ? '街道' : '镇'}${suffix}`,
        `${town}${suffix}`,
        kind,
        category,
        'government',
        'unranked',
        parentId,
        rnd.int(lo, hi),
      );
    }
    // Village schools (教学点 and 完小) and township-level stations fill out the count.
    for (let v = 1; v <= 12; v++) {
      const name = v <= 8 ? `${town}${VILLAGES[v - 1]}村小学` : `${town}第${v - 8}幼儿园`;
      add(
        `示范县${name}`,
        name,
        'publicWelfare1',
        'education',
        'government',
        'unranked',
        byShort.get('县教体局') ?? null,
        v <= 8 ? rnd.int(11, 21) : rnd.int(8, 14),
      );
    }
  }
  return units;
}
