import { useCallback } from 'react';
import { useLocale } from '../../app/i18n/LocaleContext.ts';

/**
 * The words of the 督查确认单 pages in both languages, Chinese first. Kept beside the pages (the
 * domain labels — statuses, items, decisions — come from @bianping/core); `{name}` is filled in.
 */
const text = {
  title: { zh: '督查确认单', en: 'Supervision slips' },
  subtitle: {
    zh: '日常督查发现的问题由被督查单位确认或提出异议，有异议的由编办裁定；确认（或维持）的计入该单位下一次评估。',
    en: 'Findings of daily inspections are confirmed or disputed by the unit and disputes settled by the office; those that stand count in the unit’s next campaign.',
  },
  create: { zh: '新建督查确认单', en: 'New slip' },
  edit: { zh: '编辑督查确认单', en: 'Edit slip' },
  empty: { zh: '暂无督查确认单', en: 'No supervision slips' },
  slipNo: { zh: '编号', en: 'No.' },
  unit: { zh: '被督查单位', en: 'Unit' },
  inspectedOn: { zh: '督查日期', en: 'Date' },
  place: { zh: '督查地点', en: 'Place' },
  inspectors: { zh: '督查人员', en: 'Inspectors' },
  status: { zh: '状态', en: 'Status' },
  items: { zh: '督查事项', en: 'Items checked' },
  item: { zh: '事项', en: 'Item' },
  facts: { zh: '发现的事实', en: 'Facts found' },
  basis: { zh: '依据', en: 'Basis' },
  cases: { zh: '问题数', en: 'Cases' },
  indicatorCode: { zh: '对应指标编码', en: 'Indicator code' },
  addItem: { zh: '添加督查事项', en: 'Add an item' },
  findings: { zh: '发现的问题', en: 'Findings' },
  addFinding: { zh: '添加问题', en: 'Add a finding' },
  category: { zh: '类别', en: 'Category' },
  severity: { zh: '程度', en: 'Severity' },
  description: { zh: '问题描述', en: 'Description' },
  suggestion: { zh: '整改建议', en: 'Suggestion' },
  attachments: { zh: '附件', en: 'Attachments' },
  upload: { zh: '上传附件', en: 'Upload' },
  uploadAfterSave: {
    zh: '保存草稿后可上传附件（照片、复印件）',
    en: 'Save the draft first, then upload photos or copies',
  },
  uploadFailed: { zh: '“{name}”上传失败：{reason}', en: 'Upload of “{name}” failed: {reason}' },
  unitComment: { zh: '被督查单位意见', en: 'The unit’s opinion' },
  decision: { zh: '裁定结果', en: 'Decision' },
  decisionNote: { zh: '裁定理由', en: 'Reason of the decision' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  searchNo: { zh: '按编号查询', en: 'Search by number' },
  saveDraft: { zh: '保存草稿', en: 'Save draft' },
  saved: { zh: '已保存', en: 'Saved' },
  send: { zh: '发送', en: 'Send' },
  sendConfirm: {
    zh: '发送后不能再修改，被督查单位将收到通知。确定发送？',
    en: 'Once sent the slip cannot change, and the unit is notified. Send it?',
  },
  sent: { zh: '已发送给被督查单位', en: 'Sent to the unit' },
  remove: { zh: '删除', en: 'Remove' },
  delete: { zh: '删除草稿', en: 'Delete draft' },
  deleteConfirm: { zh: '删除该督查确认单草稿？', en: 'Delete this draft slip?' },
  deleted: { zh: '已删除', en: 'Deleted' },
  confirm: { zh: '确认', en: 'Confirm' },
  confirmComment: { zh: '意见（可选）', en: 'Comment (optional)' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  dispute: { zh: '提出异议', en: 'Dispute' },
  disputeReason: { zh: '异议理由', en: 'Reason' },
  disputed: { zh: '已提出异议', en: 'Disputed' },
  settle: { zh: '裁定', en: 'Settle' },
  settled: { zh: '已裁定', en: 'Settled' },
  print: { zh: '打印', en: 'Print' },
  printView: { zh: '打印版', en: 'Print view' },
  back: { zh: '返回列表', en: 'Back to the list' },
  backToSlip: { zh: '返回督查确认单', en: 'Back to the slip' },
  stale: {
    zh: '该督查确认单刚被他人修改，已重新载入，请核对后再操作',
    en: 'Someone else just changed this slip; it was reloaded, check it and try again',
  },
  required: { zh: '请填写{field}', en: 'Enter {field}' },
  formTitle: { zh: '机构编制督查确认单', en: 'Staffing supervision slip' },
  signInspectors: { zh: '督查人员（签字）', en: 'Inspectors (signatures)' },
  signUnitHead: { zh: '被督查单位负责人（签字）', en: 'Head of the unit (signature)' },
  signDate: { zh: '年　　月　　日', en: 'Date' },
  opinionConfirm: { zh: '确认以上情况属实。', en: 'The above is confirmed.' },
  opinionDispute: { zh: '有异议：{reason}', en: 'Disputed: {reason}' },
  noneFound: { zh: '未发现问题', en: 'Nothing wrong found' },
  campaignTab: { zh: '督查确认单', en: 'Supervision slips' },
  campaignWindow: {
    zh: '计入本次评估：{since}之后至{until}（含）确认或维持的督查确认单',
    en: 'Counted here: slips confirmed or upheld after {since} up to {until}',
  },
  sinceStart: { zh: '最早', en: 'the beginning' },
  occurrences: { zh: '按扣分指标计入的问题', en: 'Cases counted against deduction indicators' },
  noSlips: { zh: '本次评估没有计入的督查确认单', en: 'No slips count in this campaign' },
} as const;

export type SlipTextKey = keyof typeof text;

/** `st('uploadFailed', {name, reason})` in the current language. */
export function useSlipText() {
  const { lang } = useLocale();
  return useCallback(
    (key: SlipTextKey, vars?: Record<string, string | number>) => {
      const s: string = text[key][lang];
      return vars ? s.replace(/\{(\w+)\}/g, (whole, n: string) => (n in vars ? String(vars[n]) : whole)) : s;
    },
    [lang],
  );
}
