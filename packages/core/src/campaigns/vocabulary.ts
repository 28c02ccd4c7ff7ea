import type { LocalizedText } from '../errors.ts';
import { indicatorSources } from '../indicators/vocabulary.ts';
import { vocabulary } from '../registry/vocabulary.ts';

/**
 * Controlled vocabularies of evaluation campaigns (评估项目, DOMAIN.md §1, §2.5, §7, §8.5, §8.8).
 * Codes are stable English words stored in the database; labels are what officials read. The
 * lists that an office may adapt per campaign (interview questions, document checklist) are
 * defaults here and copied into the campaign, so a later change of the defaults never alters a
 * running campaign.
 */

/** 评估类型 */
export const campaignTypes = vocabulary({
  annual: { zh: '年度评估', en: 'Annual evaluation' },
  special: { zh: '专项评估', en: 'Special evaluation' },
  supervision: { zh: '机构编制大督导', en: 'Staffing supervision campaign' },
  followUp: { zh: '跟踪问效', en: 'Follow-up review' },
});
export type CampaignType = (typeof campaignTypes.codes)[number];

/** 评估阶段, in the order a campaign runs them. */
export const campaignPhases = vocabulary({
  self: { zh: '单位自评', en: 'Self-assessment' },
  onsite: { zh: '实地评估', en: 'On-site review' },
  external: { zh: '外部评价', en: 'External rating' },
  survey: { zh: '民意测评', en: 'Survey' },
  scoring: { zh: '综合评定', en: 'Overall scoring' },
  report: { zh: '评估报告', en: 'Report' },
  feedback: { zh: '反馈意见', en: 'Feedback' },
  rectification: { zh: '整改落实', en: 'Rectification' },
});
export type CampaignPhase = (typeof campaignPhases.codes)[number];

/** 评分来源: the indicator library's sources, so a campaign weighs exactly what indicators name. */
export const campaignSources = indicatorSources;
export type CampaignSource = (typeof campaignSources.codes)[number];

/** 评估等次, best first. */
export const campaignGrades = vocabulary({
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
});
export type CampaignGrade = (typeof campaignGrades.codes)[number];

/** 外部评价等次 (seed: other departments rate 好/较好/一般). */
export const externalRatingLevels = vocabulary({
  good: { zh: '好', en: 'Good' },
  fairlyGood: { zh: '较好', en: 'Fairly good' },
  fair: { zh: '一般', en: 'Fair' },
});
export type ExternalRatingLevel = (typeof externalRatingLevels.codes)[number];

/** 外部评价自由事项: what a rater department judges besides indicator nodes. */
export const externalFreeItems = vocabulary({
  partyBuilding: { zh: '党建', en: 'Party building' },
  personnel: { zh: '人事', en: 'Personnel' },
  finance: { zh: '财务', en: 'Finance' },
  petitions: { zh: '信访办理', en: 'Petition handling' },
});
export type ExternalFreeItem = (typeof externalFreeItems.codes)[number];

/** 访谈提纲: the four interview outlines of DOMAIN.md §7. */
export const interviewOutlines = vocabulary({
  principal: { zh: '主要负责人', en: 'Principal leader' },
  leadershipMember: { zh: '班子成员', en: 'Leadership member' },
  institutionHead: { zh: '事业单位负责人', en: 'Public institution head' },
  sectionStaff: { zh: '科室人员', en: 'Section staff' },
});
export type InterviewOutline = (typeof interviewOutlines.codes)[number];

/** One question of an outline; `indicatorCodes` maps the answer to indicators (DOMAIN.md §7). */
export type InterviewQuestion = { id: string; text: LocalizedText; indicatorCodes: string[] };

const q = (id: string, zh: string, en: string): InterviewQuestion => ({
  id,
  text: { zh, en },
  indicatorCodes: [],
});

/** Default questions per outline, from the topics of DOMAIN.md §7; a campaign may change them. */
export const defaultInterviewQuestions: Record<InterviewOutline, InterviewQuestion[]> = {
  principal: [
    q('P1', '本单位工作重点与“三定”职责是否一致？', 'Do the priorities of the unit match its 三定 duties?'),
    q('P2', '履职中的主要瓶颈是什么？', 'What are the main bottlenecks in performing the duties?'),
    q('P3', '编制需求及其依据是什么？', 'What staffing needs are there, and on what evidence?'),
    q('P4', '职责调整是如何落实的？', 'How were changes of duties carried out?'),
  ],
  leadershipMember: [
    q('L1', '班子成员如何分工？', 'How is the work divided among the leadership?'),
    q('L2', '内设机构之间是否存在职责交叉？', 'Do internal bodies overlap in their duties?'),
    q('L3', '领导职数配备是否符合核定？', 'Do the leader posts filled match the approved number?'),
  ],
  institutionHead: [
    q(
      'I1',
      '本单位提供的公益服务有哪些、成效如何？',
      'What public services does the unit provide, with what results?',
    ),
    q('I2', '经费形式与实际运行是否相符？', 'Does the funding form match how the unit runs?'),
    q('I3', '近年工作量变化趋势如何？', 'How has the workload changed in recent years?'),
    q('I4', '是否存在职能弱化、空壳化风险？', 'Is there a risk of the unit becoming an empty shell?'),
  ],
  sectionStaff: [
    q('S1', '您实际承担哪些工作任务？', 'What tasks do you actually perform?'),
    q('S2', '工作量是否饱满、是否经常加班？', 'Is your workload full; do you often work overtime?'),
    q('S3', '是否存在借调、混岗情况？', 'Are there secondments or mixed posts?'),
    q('S4', '内部工作流转是否顺畅？', 'Does work flow smoothly inside the unit?'),
  ],
};

/** One entry of the document-review checklist (查阅资料). */
export type DocumentCheckItem = { id: string; label: LocalizedText };

const doc = (id: string, zh: string, en: string): DocumentCheckItem => ({ id, label: { zh, en } });

/** Default checklist: the seed's documents, then those of S57/S59 (DOMAIN.md §7). */
export const defaultDocumentChecklist: DocumentCheckItem[] = [
  doc('financialStatements', '财务报表', 'Financial statements'),
  doc('payroll', '工资报表', 'Payroll'),
  doc('verificationForms', '检查核验单', 'Verification forms'),
  doc('exitForms', '出编单', 'Quota exit forms'),
  doc('entryForms', '入编单', 'Quota entry forms'),
  doc('annualInspection', '年检登记', 'Annual inspection records'),
  doc('staffingCertificate', '机构编制管理证', 'Staffing management certificate'),
  doc('quotaUseApprovals', '编制使用审批表', 'Quota-use approval forms'),
  doc('appointmentDocuments', '任职文件', 'Appointment documents'),
  doc('meetingMinutes', '会议纪要', 'Meeting minutes'),
  doc('rosterLedger', '实名制台账', 'Named-staff ledger'),
];

/** 问题类别 (DOMAIN.md §8.5 column 4). */
export const findingCategories = vocabulary({
  duties: { zh: '职责履行', en: 'Performance of duties' },
  organisation: { zh: '机构设置', en: 'Organisation' },
  quotaUse: { zh: '编制使用', en: 'Use of quota' },
  leaderPosts: { zh: '领导职数', en: 'Leader posts' },
  roster: { zh: '实名制', en: 'Named-staff records' },
  institutionRegistration: { zh: '事业单位登记', en: 'Institution registration' },
  other: { zh: '其他', en: 'Other' },
});
export type FindingCategory = (typeof findingCategories.codes)[number];

/** 问题严重程度, most serious first (the violation levels of DOMAIN.md §2.4). */
export const findingSeverities = vocabulary({
  serious: { zh: '严重', en: 'Serious' },
  fairlySerious: { zh: '比较严重', en: 'Fairly serious' },
  general: { zh: '一般', en: 'General' },
  minor: { zh: '轻微', en: 'Minor' },
});
export type FindingSeverity = (typeof findingSeverities.codes)[number];

/** 督查事项: what a daily inspection checks (the supervision content of DOMAIN.md §1). */
export const supervisionItems = vocabulary({
  policyExecution: { zh: '机构编制法规政策执行', en: 'Execution of staffing law and policy' },
  reformItems: { zh: '改革方案中的机构编制事项', en: 'Staffing items of reform plans' },
  functions: { zh: '职能配置', en: 'Allocation of functions' },
  organisation: { zh: '机构设置', en: 'Organisation' },
  quota: { zh: '人员编制', en: 'Staffing quota' },
  leaderPosts: { zh: '领导职数配备', en: 'Leader posts' },
  totalControl: { zh: '机构限额和编制总量控制', en: 'Limits on bodies and total quota' },
  unauthorisedBodies: { zh: '违规设置机构', en: 'Bodies set up without approval' },
  overQuotaHiring: { zh: '超编进人', en: 'Hiring above quota' },
  overPostStaffing: { zh: '超职数配备', en: 'Leaders above the approved posts' },
  approvalProcedure: { zh: '审批权限和程序', en: 'Approval authority and procedure' },
  reports12310: { zh: '12310 举报受理', en: 'Handling of 12310 reports' },
  statistics: { zh: '机构编制统计', en: 'Staffing statistics' },
});
export type SupervisionItem = (typeof supervisionItems.codes)[number];
