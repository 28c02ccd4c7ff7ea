import { group, leaf, type ReferenceSet, r } from './build.ts';

/** 发改部门个性指标（参考）: 县域经济高质量发展 (seed 001, DOMAIN.md §2.7 X seeds). */
export const developmentReferenceSet: ReferenceSet = {
  key: 'development',
  meta: {
    kind: 'category',
    category: 'development',
    name: '发改部门个性指标（参考）',
    description: '围绕县域经济高质量发展和重点项目推进设置。比例类目标按“完成值 ÷ 目标值”填写，1 即 100%。',
    fullMark: 100,
    bonusCap: null,
  },
  nodes: [
    group('县域经济发展', 40, [
      group('主要经济指标', 25, [
        leaf('地区生产总值增速目标完成度', 15, r.atLeast(1, 1), {
          checkpoints: ['实际增速 ÷ 年度目标增速，达到 100% 得满分'],
          guidance: '每低 1 个百分点扣 1 分。',
          evidence: ['document'],
          sources: ['external'],
          dimension: 'efficiency',
        }),
        leaf('固定资产投资增速排名', 10, r.rank(1), {
          checkpoints: ['固定资产投资增速在评估对象中的排名'],
          evidence: ['document'],
          sources: ['external'],
          dimension: 'efficiency',
        }),
      ]),
      group('改革任务', 15, [
        leaf('重点改革任务完成', 15, r.deduct(1.5), {
          checkpoints: ['年度重点改革任务按期完成'],
          guidance: '每有一项未按期完成扣 1.5 分。',
          evidence: ['document', 'ledger'],
          sources: ['self', 'onsite'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('重点项目推进', 35, [
      group('项目建设', 35, [
        leaf('重点项目投资完成率', 15, r.atLeast(1, 0.5), {
          checkpoints: ['重点项目年度投资完成额 ÷ 计划投资额'],
          evidence: ['ledger', 'systemData'],
          sources: ['self', 'external'],
          dimension: 'efficiency',
        }),
        leaf('项目开工率', 10, r.best(), {
          checkpoints: ['计划新开工项目的实际开工比例'],
          evidence: ['ledger'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
        leaf('项目谋划储备', 10, r.grade(), {
          checkpoints: ['项目库储备数量和质量', '争取上级资金和政策支持情况'],
          evidence: ['document', 'ledger'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('规划与服务', 25, [
      group('规划实施', 10, [
        leaf('发展规划编制和实施评估', 10, r.manual(), {
          checkpoints: ['规划编制按时完成', '开展规划实施中期评估'],
          evidence: ['document'],
          sources: ['self', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('服务满意度', 15, [
        leaf('企业和部门满意度', 15, r.survey(), {
          checkpoints: ['服务企业和相关部门的满意度调查'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
  ],
};
