import { group, leaf, type ReferenceSet, r, withRole } from './build.ts';

/** 卫健部门个性指标（参考）: beds and staffing, 医院备案制 (S15, DOMAIN.md §2.7 X seeds). */
export const healthReferenceSet: ReferenceSet = {
  key: 'health',
  meta: {
    kind: 'category',
    category: 'health',
    name: '卫健部门个性指标（参考）',
    description: '围绕医疗卫生资源配置、公立医院编制备案管理和公共卫生服务设置。',
    fullMark: 100,
    bonusCap: null,
  },
  nodes: [
    group('医疗资源配置', 40, [
      group('床位与人员', 25, [
        leaf('每床位卫生技术人员编制数', 15, r.atLeastValue(1.3, 20), {
          checkpoints: ['公立医院卫生技术人员编制数 ÷ 编制床位数不低于 1.3'],
          guidance: '每低 0.1 扣 2 分。',
          evidence: ['systemData', 'document'],
          sources: ['registry', 'self'],
          dimension: 'efficiency',
        }),
        leaf('编制使用与床位规模匹配', 10, r.grade(), {
          checkpoints: ['编制在各医疗机构之间按床位和服务量统筹使用'],
          evidence: ['document', 'systemData'],
          sources: ['onsite'],
          dimension: 'efficiency',
        }),
      ]),
      group('医院编制备案制', 15, [
        leaf('公立医院人员控制总量备案管理', 15, r.deduct(3), {
          checkpoints: ['人员控制总量核定和备案程序规范', '备案人员待遇和管理落实'],
          evidence: ['document', 'systemData'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('公共卫生服务', 35, [
      group('基层卫生', 20, [
        leaf('乡镇卫生院编制统筹使用', 10, r.manual(), {
          checkpoints: ['县域内乡镇卫生院编制统筹调剂使用'],
          evidence: ['document'],
          sources: ['onsite'],
          dimension: 'efficiency',
        }),
        leaf('家庭医生签约服务覆盖率', 10, r.atLeast(0.45, 0.5), {
          checkpoints: ['常住人口家庭医生签约服务覆盖率不低于 45%'],
          evidence: ['systemData'],
          sources: ['self', 'external'],
          dimension: 'efficiency',
        }),
      ]),
      group('应急处置', 15, [
        leaf('突发公共卫生事件处置', 15, r.tiered([1, 5], [2, 'all']), {
          checkpoints: ['突发公共卫生事件报告及时、处置得当'],
          evidence: ['document'],
          sources: ['onsite', 'external'],
          dimension: 'execution',
        }),
      ]),
    ]),
    group('群众满意度', 25, [
      group('患者评价', 25, [
        leaf('患者满意度', 25, r.survey(0.6, 0.95), {
          checkpoints: ['门诊和住院患者满意度调查'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    withRole(
      'veto',
      group('否决事项', 0, [
        leaf('发生重大医疗安全或公共卫生责任事件', 0, r.capBelowExcellent(), {
          checkpoints: ['因履职不到位发生重大医疗安全事件或公共卫生责任事件'],
          evidence: ['document'],
          sources: ['external'],
        }),
      ]),
    ),
  ],
};
