import { group, leaf, type ReferenceSet, r } from './build.ts';

/** 科技部门个性指标（参考）: R&D and innovation (seed 001, DOMAIN.md §2.7 X seeds). */
export const scienceReferenceSet: ReferenceSet = {
  key: 'science',
  meta: {
    kind: 'category',
    category: 'science',
    name: '科技部门个性指标（参考）',
    description: '围绕科技研发创新设置，评估科技部门服务创新驱动发展的履职情况。',
    fullMark: 100,
    bonusCap: null,
  },
  nodes: [
    group('科技创新投入', 30, [
      group('研发投入', 18, [
        leaf('全社会研发经费投入强度', 10, r.atLeast(0.025, 4), {
          checkpoints: ['研发经费支出占地区生产总值比重不低于 2.5%'],
          guidance: '以统计部门公布数据为准；每低 0.1 个百分点扣 0.4 分。',
          evidence: ['document', 'systemData'],
          sources: ['self', 'external'],
          dimension: 'efficiency',
        }),
        leaf('研发投入增幅', 8, r.rank(1), {
          checkpoints: ['研发经费支出较上年增幅在评估对象中的排名'],
          evidence: ['document'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
      ]),
      group('财政科技投入', 12, [
        leaf('财政科技支出占比', 12, r.best(), {
          checkpoints: ['财政科技支出占一般公共预算支出的比重'],
          evidence: ['document'],
          sources: ['external'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('创新主体培育', 35, [
      group('科技型企业', 20, [
        leaf('高新技术企业净增数', 10, r.best(), {
          checkpoints: ['当年新认定高新技术企业扣除失效数后的净增数'],
          evidence: ['document', 'systemData'],
          sources: ['self', 'external'],
          dimension: 'efficiency',
        }),
        leaf('科技型中小企业入库数', 10, r.rank(1), {
          checkpoints: ['评价入库的科技型中小企业数量排名'],
          evidence: ['systemData'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
      ]),
      group('成果转化', 15, [
        leaf('技术合同成交额', 8, r.best(), {
          checkpoints: ['登记的技术合同成交额'],
          evidence: ['systemData'],
          sources: ['external'],
          dimension: 'efficiency',
        }),
        leaf('成果转化服务', 7, r.grade(), {
          checkpoints: ['科技成果转化平台建设和服务企业情况'],
          evidence: ['document', 'photo'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('科技管理服务', 35, [
      group('项目管理', 20, [
        leaf('科技计划项目管理规范', 10, r.deduct(1), {
          checkpoints: ['项目立项、中期检查、验收程序完整', '项目资金使用合规'],
          evidence: ['document', 'ledger'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
        leaf('科研诚信和科技监督', 10, r.tiered([1, 3], [2, 'all']), {
          checkpoints: ['科研失信行为查处及时', '未发生科技监督失职问题'],
          guidance: '查实 1 例失职扣 3 分，2 例及以上不得分。',
          evidence: ['document'],
          sources: ['onsite', 'external'],
          dimension: 'execution',
        }),
      ]),
      group('服务满意度', 15, [
        leaf('企业和科研人员满意度', 15, r.survey(), {
          checkpoints: ['服务企业和科研人员的满意度调查'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
  ],
};
