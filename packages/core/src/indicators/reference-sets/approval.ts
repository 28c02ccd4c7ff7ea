import { group, leaf, type ReferenceSet, r } from './build.ts';

/** 行政审批部门个性指标（参考）: 营商环境优化 (seed 001, DOMAIN.md §2.7 X seeds). */
export const approvalReferenceSet: ReferenceSet = {
  key: 'approval',
  meta: {
    kind: 'category',
    category: 'approval',
    name: '行政审批部门个性指标（参考）',
    description: '围绕营商环境优化设置，评估审批效率、审批规范和办事群众评价。',
    fullMark: 100,
    bonusCap: null,
  },
  nodes: [
    group('营商环境优化', 40, [
      group('审批效率', 25, [
        leaf('即办件占比', 10, r.atLeast(0.5, 0.2), {
          checkpoints: ['即办件占全部审批服务事项的比例不低于 50%'],
          evidence: ['systemData'],
          sources: ['registry', 'self'],
          dimension: 'efficiency',
        }),
        leaf('承诺时限压缩比例', 10, r.atLeast(0.6, 0.2), {
          checkpoints: ['承诺办结时限比法定时限平均压缩 60% 以上'],
          evidence: ['systemData', 'document'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
        leaf('超时办结', 5, r.deduct(0.5), {
          checkpoints: ['审批事项均在承诺时限内办结'],
          guidance: '每发现一件超时办结扣 0.5 分。',
          evidence: ['systemData'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
      group('便民服务', 15, [
        leaf('全程网办比例', 15, r.best(), {
          checkpoints: ['可全程网上办理的事项占比'],
          evidence: ['systemData'],
          sources: ['self', 'external'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('审批规范', 30, [
      group('事项管理', 30, [
        leaf('审批事项清单动态调整', 10, r.grade(), {
          checkpoints: ['审批事项清单依法及时调整并公开'],
          evidence: ['document'],
          sources: ['onsite'],
          dimension: 'execution',
        }),
        leaf('无违规审批和体外循环', 20, r.tiered([1, 5], [2, 10], [3, 'all']), {
          checkpoints: ['无超范围、超时限审批', '无线下体外循环办件'],
          guidance: '查实 1 例扣 5 分，2 例扣 10 分，3 例及以上不得分。',
          evidence: ['systemData', 'document'],
          sources: ['onsite', 'external'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('群众评价', 30, [
      group('好差评', 30, [
        leaf('政务服务好评率', 20, r.survey(0.8, 0.99), {
          checkpoints: ['“好差评”系统好评率，达到 99% 得满分，不高于 80% 不得分'],
          evidence: ['systemData'],
          sources: ['survey', 'registry'],
          dimension: 'efficiency',
        }),
        leaf('差评整改', 10, r.deduct(1), {
          checkpoints: ['差评件按期回访整改'],
          guidance: '每有一件差评逾期未整改扣 1 分。',
          evidence: ['ledger'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
    ]),
  ],
};
