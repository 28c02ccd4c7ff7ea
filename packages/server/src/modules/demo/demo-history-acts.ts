/**
 * The wording of the demo's 沿革: renamings, added plates (加挂牌子) and transfers of duties
 * (职责划转) between units over 2021–2025, with the reason a staffing office would record.
 */

export const RENAMINGS = [
  { unit: '县科工信局', from: '示范县科学技术局', on: '2021-03-22' },
  { unit: '县教体局', from: '示范县教育局', on: '2021-11-08' },
  { unit: '融媒体中心', from: '示范县广播电视台', on: '2021-07-01' },
  { unit: '政务服务中心', from: '示范县行政服务中心', on: '2022-04-18' },
] as const;

export const PLATES = [
  { unit: '县委党校', plate: '示范县行政学校', on: '2021-05-12' },
  { unit: '档案馆', plate: '示范县地方志编纂中心', on: '2023-02-20' },
  { unit: '政务服务中心', plate: '示范县大数据服务中心', on: '2024-06-03' },
] as const;

/**
 * Duties moved between units. `to: null` is a body outside the county's registry (the tax
 * bureau is vertically managed). `quota` moves 行政编制 along with the duty. `completed` marks a
 * task that was finished rather than moved.
 */
export const DUTY_TRANSFERS: readonly {
  from: string;
  to: string | null;
  toName?: string;
  on: string;
  duty: string;
  quota?: number;
  completed?: boolean;
}[] = [
  {
    from: '县住建局',
    to: '城市管理综合执法大队',
    on: '2022-05-10',
    duty: '负责城市管理领域相对集中行政处罚权的实施，查处违反市容环境卫生、城乡规划管理等方面法律法规的行为',
    quota: 3,
  },
  {
    from: '县自然资源局',
    to: '县农业农村局',
    on: '2021-09-15',
    duty: '负责农田建设项目的规划、立项、实施和监督管理，推进高标准农田建设',
  },
  {
    from: '县民政局',
    to: '县退役军人局',
    on: '2021-06-28',
    duty: '负责退役军人和其他优抚对象的优待抚恤工作，组织开展拥军优属活动',
  },
  {
    from: '社会保险事业服务中心',
    to: null,
    toName: '国家税务总局示范县税务局',
    on: '2021-01-01',
    duty: '负责全县社会保险费的申报核定和征缴工作',
  },
  {
    from: '社会保险事业服务中心',
    to: '医疗保障事务中心',
    on: '2021-05-20',
    duty: '负责城乡居民基本医疗保险的参保登记、待遇审核和支付经办工作',
  },
  {
    from: '社会保险事业服务中心',
    to: '县人社局',
    on: '2023-03-01',
    duty: '负责企业职工和城乡居民基本养老保险、工伤保险的经办和基金管理工作',
  },
  {
    from: '社会保险事业服务中心',
    to: null,
    on: '2022-12-30',
    duty: '负责机关事业单位养老保险制度改革中的参保登记和基数核定工作',
    completed: true,
  },
];

/** Reasons recorded for quota increases, by what the unit does. */
export const INCREASES = [
  { unit: '人民医院', delta: 30, on: '2023-06-12', why: '公立医院编制动态调整，新增床位配套' },
  { unit: '中医医院', delta: 15, on: '2023-06-12', why: '公立医院编制动态调整' },
  {
    unit: '疾病预防控制中心',
    delta: 10,
    on: '2023-09-05',
    why: '疾病预防控制体系改革，强化公共卫生服务能力',
  },
  { unit: '县公安局', delta: 20, on: '2022-03-28', why: '上级下达政法专项编制' },
  { unit: '县市场监管局', delta: 5, on: '2022-08-16', why: '承接食品安全监管事权下放' },
  { unit: '县审批局', delta: 3, on: '2024-04-10', why: '相对集中行政许可权改革，划入审批事项' },
  { unit: '第一高级中学', delta: 12, on: '2024-07-22', why: '普通高中扩大招生规模' },
  { unit: '实验小学', delta: 10, on: '2022-07-18', why: '城区学位扩容，新增教学班' },
  { unit: '第一幼儿园', delta: 6, on: '2021-08-09', why: '学前教育普及普惠，新增办园规模' },
  { unit: '城关中心小学', delta: 8, on: '2025-07-21', why: '城区人口增长，增加教学班' },
] as const;
