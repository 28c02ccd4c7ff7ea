import { group, leaf, type ReferenceSet, r } from './build.ts';

/** 外事部门个性指标（参考）: 外事服务保障 (seed 001, DOMAIN.md §2.7 X seeds). */
export const foreignAffairsReferenceSet: ReferenceSet = {
  key: 'foreignAffairs',
  meta: {
    kind: 'category',
    category: 'foreignAffairs',
    name: '外事部门个性指标（参考）',
    description: '围绕外事服务保障设置，评估外事部门服务对外交流合作的履职情况。',
    fullMark: 100,
    bonusCap: null,
  },
  nodes: [
    group('外事服务保障', 40, [
      group('重要外事活动', 20, [
        leaf('重要外事活动组织保障', 12, r.grade(), {
          checkpoints: ['重要外事活动方案完备、组织有序、未发生失误'],
          evidence: ['document', 'photo'],
          sources: ['onsite', 'external'],
          dimension: 'execution',
        }),
        leaf('外事服务保障任务完成量', 8, r.best(), {
          checkpoints: ['全年承担的外事服务保障任务数'],
          evidence: ['ledger'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
      ]),
      group('因公出国（境）管理', 20, [
        leaf('审批办理时效', 10, r.atLeast(0.95, 0.5), {
          checkpoints: ['因公出国（境）审批在承诺时限内办结的比例不低于 95%'],
          evidence: ['systemData', 'ledger'],
          sources: ['self', 'registry'],
          dimension: 'efficiency',
        }),
        leaf('因公出国（境）管理规范', 10, r.deduct(2), {
          checkpoints: ['无超计划、超标准、超天数出访', '证照集中管理到位'],
          evidence: ['document', 'ledger'],
          sources: ['onsite', 'external'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('对外交流合作', 30, [
      group('交流项目', 30, [
        leaf('友好城市和交流项目推进', 15, r.manual(), {
          checkpoints: ['友好城市关系维护和新建情况', '交流合作项目落地情况'],
          evidence: ['document'],
          sources: ['self', 'onsite'],
          dimension: 'efficiency',
        }),
        leaf('招商引资和引智服务', 15, r.grade(), {
          checkpoints: ['为招商引资、引进人才智力提供涉外服务的成效'],
          evidence: ['document'],
          sources: ['external'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('涉外管理与满意度', 30, [
      group('涉外安全', 15, [
        leaf('涉外突发事件处置', 15, r.tiered([1, 5], [2, 'all']), {
          checkpoints: ['涉外突发事件处置及时、妥当'],
          guidance: '处置不当 1 起扣 5 分，2 起及以上不得分。',
          evidence: ['document'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
      ]),
      group('服务满意度', 15, [
        leaf('服务对象满意度', 15, r.survey(0.6, 0.95), {
          checkpoints: ['服务的部门、企业对外事服务的满意度'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
  ],
};
