import { group, leaf, type ReferenceSet, r, withRole } from './build.ts';

/**
 * 共性指标（参考）: the proposed common set of DOMAIN.md §2.7 — 100 points in six areas
 * (职能履行 25, 机构设置 15, 编制使用 25, 领导职数 10, 管理规范 15, 满意度 10), bonus items capped
 * at 5 points for the whole set, and veto items outside the sum. Wording is the project's own.
 */
export const commonReferenceSet: ReferenceSet = {
  key: 'common',
  meta: {
    kind: 'common',
    category: null,
    name: '共性指标（参考）',
    description:
      '机构编制执行情况和使用效益评估的共性指标，适用于全部评估对象；满分 100 分，另设加分项（合计不超过 5 分）和否决事项。可派生后按本地实际细化。',
    fullMark: 100,
    bonusCap: 5,
  },
  nodes: [
    group('职能履行', 25, [
      group('“三定”职责落实', 10, [
        leaf('主要职责履行到位', 6, r.grade(), {
          checkpoints: ['对照“三定”规定逐项核查主要职责的履行情况', '查阅年度工作总结、工作台账等履职记录'],
          guidance:
            '每项主要职责至少抽查一份履职记录。职责均有据可查评“好”；个别职责记录不全评“较好”；多项职责缺少记录评“一般”；主要职责明显缺位评“差”。',
          evidence: ['document', 'ledger', 'interview'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
        leaf('职责调整落实到位', 4, r.deduct(1), {
          checkpoints: ['新增、划入的职责已明确承担机构并实际运转', '取消、划出的职责已停止履行并完成交接'],
          guidance: '每有一项调整事项未落实扣 1 分。',
          evidence: ['document', 'minutes'],
          sources: ['self', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('职责边界', 5, [
        leaf('无职责交叉和推诿扯皮', 5, r.deduct(1), {
          checkpoints: ['部门之间、内设机构之间职责边界清晰', '协调配合机制建立并有效运行'],
          guidance: '以查实的交叉、推诿事项为准，每例扣 1 分。',
          evidence: ['document', 'interview'],
          sources: ['onsite', 'external'],
          dimension: 'execution',
        }),
      ]),
      group('履职效果', 10, [
        leaf(
          '相关部门评价',
          5,
          r.grade([
            ['好', 'Good', 1],
            ['较好', 'Fairly good', 0.8],
            ['一般', 'Fair', 0.6],
          ]),
          {
            checkpoints: ['财政、人社、审计、信访、营商环境等部门对本单位履职情况的评价'],
            evidence: ['questionnaire'],
            sources: ['external'],
            dimension: 'efficiency',
          },
        ),
        leaf('年度绩效考核结果', 5, r.formula('clamp(performanceScore / 100, 0, 1)'), {
          checkpoints: ['年度目标绩效考核得分按百分制折算'],
          evidence: ['systemData'],
          sources: ['registry'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('机构设置', 15, [
      group('内设机构', 8, [
        leaf('内设机构设置规范', 5, r.deduct(2), {
          checkpoints: ['内设机构数量不超过核定限额', '名称、规格、职责与“三定”规定一致'],
          guidance: '每多设或不一致一个机构扣 2 分。',
          evidence: ['document', 'systemData'],
          sources: ['registry', 'onsite'],
          registryFormula: 'max(0, internalBodiesActual - internalBodiesApproved)',
          dimension: 'execution',
        }),
        leaf('无擅自挂牌和设立议事协调、临时机构', 3, r.deduct(1), {
          checkpoints: ['未经批准加挂牌子', '未经批准设立议事协调机构或临时机构'],
          evidence: ['document', 'photo'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
      ]),
      group('所属事业单位', 7, [
        leaf('事业单位登记管理及时', 3, r.deduct(0.5), {
          checkpoints: ['设立、变更、注销登记按时办理', '年度报告按时公示'],
          evidence: ['systemData'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
        leaf('无“僵尸”、空壳事业单位', 4, r.deduct(2), {
          checkpoints: ['所属事业单位均有实际职能和在岗人员', '长期无业务、无人员的单位已提出整合或撤销意见'],
          evidence: ['systemData', 'document'],
          sources: ['registry', 'onsite'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('编制使用', 25, [
      group('编制执行', 10, [
        leaf('各类编制均未超编', 6, r.formula('if(overQuota > 0, 0, 1)'), {
          checkpoints: ['按编制类型核对实有人数不超过核定编制'],
          guidance: '任一编制类型超编即不得分。',
          evidence: ['systemData'],
          sources: ['registry'],
          dimension: 'execution',
        }),
        leaf('无混编混岗和未经批准的借调', 4, r.deduct(1), {
          checkpoints: ['不同编制类型人员按编制性质使用', '借调人员均有审批手续且期限合规'],
          guidance: '每涉及一人扣 1 分。',
          evidence: ['systemData', 'document'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('使用效率', 8, [
        leaf('编制使用率', 4, r.atLeast(0.85, 0.2), {
          checkpoints: ['实有在编人数 ÷ 核定编制数不低于 85%'],
          evidence: ['systemData'],
          sources: ['registry'],
          registryFormula: 'useRate',
          dimension: 'efficiency',
        }),
        leaf('人均工作量', 4, r.best(), {
          checkpoints: ['人均工作量与同类评估对象比较'],
          guidance: '在同一行业类别的评估对象之间比较，人均工作量最高者得满分。',
          evidence: ['systemData', 'ledger'],
          sources: ['registry'],
          registryFormula: 'workloadPerHead',
          dimension: 'efficiency',
        }),
      ]),
      group('人员结构', 7, [
        leaf('35 岁及以下人员占比', 2, r.atLeast(0.2, 0.1), {
          checkpoints: ['35 岁及以下在编人员占比不低于 20%'],
          evidence: ['systemData'],
          sources: ['registry'],
          registryFormula: 'shareUnder35',
          dimension: 'efficiency',
        }),
        leaf('研究生学历人员占比', 2, r.atLeast(0.2, 0.1), {
          checkpoints: ['研究生学历在编人员占比不低于 20%'],
          evidence: ['systemData'],
          sources: ['registry'],
          registryFormula: 'sharePostgraduate',
          dimension: 'efficiency',
        }),
        leaf('专业对口人员占比', 1.5, r.orPeerAverage(r.atLeast(0.5, 0.05)), {
          checkpoints: ['所学专业与岗位要求相符的人员占比不低于 50%'],
          guidance: '无专业岗位要求的单位按有数据单位的平均得分计。',
          evidence: ['ledger'],
          sources: ['self', 'onsite'],
          dimension: 'efficiency',
        }),
        leaf('业务科室人员占比', 1.5, r.atLeast(0.7, 0.1), {
          checkpoints: ['业务科室（不含领导班子）人员占全部在编人员比例不低于 70%'],
          evidence: ['systemData'],
          sources: ['registry', 'onsite'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('领导职数', 10, [
      group('职数配备', 5, [
        leaf('未超职数配备领导', 5, r.deduct(2.5), {
          checkpoints: ['部门领导、内设机构正副职均不超过核定职数'],
          guidance: '每超配一名扣 2.5 分。',
          evidence: ['systemData'],
          sources: ['registry'],
          registryFormula: 'leaderPostsOver',
          dimension: 'execution',
        }),
      ]),
      group('规格管理', 3, [
        leaf('无超规格和未经批准高配', 3, r.deduct(1), {
          checkpoints: ['领导职务层次与机构规格相符', '高配均经编委批准'],
          evidence: ['systemData', 'document'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('中层职数', 2, [
        leaf('中层职数使用合理', 2, r.manual(), {
          checkpoints: ['中层职数使用和空缺情况与工作需要相适应'],
          evidence: ['interview', 'systemData'],
          sources: ['onsite'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('管理规范', 15, [
      group('党管机构编制', 3, [
        leaf('不干预下级机构编制事项', 3, r.tiered([1, 1], [2, 'all']), {
          checkpoints: [
            '未通过文件、会议、考核、资金项目等要求下级设立机构或增加编制',
            '涉及机构编制的事项事先征求编办意见',
          ],
          evidence: ['document', 'minutes'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
      ]),
      group('实名制管理', 4, [
        leaf('入编出编及时、数据准确', 4, r.deduct(0.1), {
          checkpoints: ['入编在 30 个工作日内、出编在 15 个工作日内办理', '实名制数据与实际一致'],
          guidance: '每发现一人次延迟或数据不符扣 0.1 分。',
          evidence: ['systemData'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('用编规划', 3, [
        leaf('用编计划和进人规划', 3, r.manual(), {
          checkpoints: ['制定年度编制使用计划', '制定 3–5 年用编进人规划并与工作需要相衔接'],
          evidence: ['document'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
      ]),
      group('问题整改', 3, [
        leaf('问题按期整改', 3, r.deduct(1), {
          checkpoints: ['以往评估、督查发现的问题按期完成整改'],
          guidance: '每有一项逾期未整改扣 1 分。',
          evidence: ['ledger'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('编外用工', 2, [
        leaf(
          '编外人员不超过控制数',
          2,
          r.formula('max(0, 1 - 0.25 * max(0, nonQuotaHeadcount - nonQuotaCap))'),
          {
            checkpoints: ['编外用工人数不超过核定的控制数'],
            guidance: '每超出一人扣本项分值的 25%。',
            evidence: ['systemData'],
            sources: ['registry'],
            dimension: 'execution',
          },
        ),
      ]),
    ]),
    group('满意度', 10, [
      group('内部评价', 5, [
        leaf('干部职工评估问卷', 5, r.survey(), {
          checkpoints: ['本单位干部职工对机构编制运行情况的评价'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
      group('服务对象评价', 5, [
        leaf('服务对象满意度', 5, r.survey(0.6, 0.95), {
          checkpoints: ['企业和群众对本单位服务的满意度'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    withRole(
      'bonus',
      group('加分项', 5, [
        leaf('主动精简审批事项', 3, r.bonus(0.5), {
          checkpoints: ['主动取消、下放或合并审批事项'],
          guidance: '每精简一项加 0.5 分，本项最多 3 分。',
          evidence: ['document'],
          sources: ['self', 'onsite'],
        }),
        leaf('主动交回或统筹使用编制', 2, r.bonus(0.5), {
          checkpoints: ['主动交回空余编制或同意统筹调剂使用'],
          evidence: ['document', 'systemData'],
          sources: ['self', 'registry'],
        }),
        leaf('经验做法被上级推广', 2, r.bonus(1), {
          checkpoints: ['机构编制工作经验做法被上级机关转发或推广'],
          evidence: ['document'],
          sources: ['self', 'onsite'],
        }),
      ]),
    ),
    withRole(
      'veto',
      group('否决事项', 0, [
        leaf('因违反机构编制纪律被通报', 0, r.capBelowExcellent(), {
          checkpoints: ['被上级机关或本级党委政府通报批评'],
          evidence: ['document'],
          sources: ['onsite'],
        }),
        leaf('当年超编进人或超职数配备', 0, r.capBelowExcellent(), {
          checkpoints: ['评估年度内发生超编进人或超职数配备领导干部'],
          evidence: ['systemData'],
          sources: ['registry', 'onsite'],
        }),
        leaf('巡察审计发现严重违规', 0, r.capBelowExcellent(), {
          checkpoints: ['巡察、审计发现严重违反机构编制纪律的问题'],
          evidence: ['document'],
          sources: ['external'],
        }),
        leaf('评估中弄虚作假', 0, r.forceLowest(), {
          checkpoints: ['自评或提供的佐证材料弄虚作假'],
          evidence: ['document'],
          sources: ['onsite'],
        }),
      ]),
    ),
  ],
};
