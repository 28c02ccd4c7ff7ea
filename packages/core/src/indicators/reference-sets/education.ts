import { group, leaf, type ReferenceSet, r } from './build.ts';

/** 教育部门个性指标（参考）: staffing standard, 生师比, 教师编制周转池 (S15, S13 2.211–2.212). */
export const educationReferenceSet: ReferenceSet = {
  key: 'education',
  meta: {
    kind: 'category',
    category: 'education',
    name: '教育部门个性指标（参考）',
    description: '围绕中小学教职工编制标准落实、教师编制统筹使用和教育服务满意度设置。',
    fullMark: 100,
    bonusCap: null,
  },
  nodes: [
    group('教师编制配置', 45, [
      group('编制标准落实', 25, [
        leaf('中小学教职工编制按标准核足', 15, r.atLeast(1, 0.1), {
          checkpoints: ['按在校生数和国家编制标准核定的教职工编制已全部核足'],
          guidance: '核定数 ÷ 标准数，每低 1 个百分点扣 0.1 分。',
          evidence: ['systemData', 'document'],
          sources: ['registry', 'self'],
          dimension: 'execution',
        }),
        leaf('生师比', 10, r.atMostValue(13.5, 2), {
          checkpoints: ['义务教育阶段生师比不高于 13.5'],
          guidance: '每高出 1 扣 2 分。',
          evidence: ['systemData'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
      ]),
      group('编制统筹', 20, [
        leaf('教师编制“周转池”使用', 12, r.grade(), {
          checkpoints: ['建立教师编制周转池并规范使用'],
          evidence: ['document', 'ledger'],
          sources: ['onsite'],
          dimension: 'efficiency',
        }),
        leaf(
          '随学生规模动态调整编制',
          8,
          r.grade([
            ['已动态调整', 'Adjusted', 1],
            ['部分调整', 'Partly adjusted', 0.5],
            ['未调整', 'Not adjusted', 0],
          ]),
          {
            checkpoints: ['根据近三年学生规模变化调整学校编制', '无逆势核减教师编制'],
            evidence: ['document', 'systemData'],
            sources: ['onsite', 'registry'],
            dimension: 'execution',
          },
        ),
      ]),
    ]),
    group('教师队伍使用', 30, [
      group('师资使用', 30, [
        leaf('无在编教师长期借调挪用', 15, r.deduct(1), {
          checkpoints: ['在编教师在教学岗位工作', '借调教师均经审批且不超过期限'],
          guidance: '每涉及一人扣 1 分。',
          evidence: ['systemData', 'document'],
          sources: ['registry', 'onsite'],
          dimension: 'execution',
        }),
        leaf('城乡教师交流轮岗比例', 15, r.best(), {
          checkpoints: ['符合条件教师参加城乡交流轮岗的比例'],
          evidence: ['ledger'],
          sources: ['self'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
    group('满意度', 25, [
      group('服务评价', 25, [
        leaf('家长和学生满意度', 15, r.survey(), {
          checkpoints: ['家长和学生对教育服务的满意度调查'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
        leaf('教职工评估问卷', 10, r.survey(), {
          checkpoints: ['教职工对编制配置和使用的评价'],
          evidence: ['questionnaire'],
          sources: ['survey'],
          dimension: 'efficiency',
        }),
      ]),
    ]),
  ],
};
