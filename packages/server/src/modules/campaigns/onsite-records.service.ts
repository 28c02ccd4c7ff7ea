import {
  DocumentChecklistConfigSchema,
  type DocumentReviewInput,
  InterviewOutlinesConfigSchema,
  type InterviewRecordInput,
  unknownQuestionIds,
} from '@bianping/core/campaigns/onsite';
import type { OnsiteFindingCreateInput } from '@bianping/core/campaigns/onsite-api';
import { AppError, ErrorCode, notFound, staleVersion } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Caller } from './campaign-edit.ts';
import { planOf } from './campaigns.queries.ts';
import type { OnsiteAccess } from './onsite.policy.ts';
import {
  deleteFinding,
  findDocumentReview,
  findFinding,
  findInterview,
  insertFinding,
  insertInterview,
  replaceDocumentReview,
  updateFinding,
  updateInterview,
} from './onsite.queries.ts';
import { auditOnsite, onsiteLeafOf, openForTeam } from './onsite.service.ts';
import { listEvidence } from './self-assessment.queries.ts';
import type { Target } from './target-work.ts';

/**
 * Findings, interview records and the document checklist of an on-site review. Each runs through
 * `openForTeam` (team only, phase editable, phase row locked) in one audited transaction.
 */

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);
const findingNotFound = () => notFound({ zh: '问题', en: 'Finding' }, 'findingId');
const interviewNotFound = () => notFound({ zh: '访谈记录', en: 'Interview record' }, 'interviewId');

/** The stored finding: the leaf's code from the frozen set, evidence only the target's files. */
async function findingValues(tx: Db, access: OnsiteAccess, t: Target, input: OnsiteFindingCreateInput) {
  const leaf = input.nodeId ? await onsiteLeafOf(tx, access, t, input.nodeId) : null;
  const evidenceFileIds = [...new Set(input.evidenceFileIds ?? [])];
  const files = new Set((await listEvidence(tx, t)).map((f) => f.fileId));
  if (evidenceFileIds.some((id) => !files.has(id))) {
    throw invalid(
      'evidenceFileIds',
      '问题的佐证须为本评估对象在本项目中的文件',
      'A finding’s evidence must be files of this target in this campaign',
    );
  }
  return {
    nodeId: leaf?.id ?? null,
    indicatorCode: leaf?.code ?? input.indicatorCode ?? null,
    category: input.category,
    severity: input.severity,
    description: input.description,
    evidenceFileIds,
  };
}

export async function createOnsiteFinding(
  db: Db,
  caller: Caller,
  t: Target,
  input: OnsiteFindingCreateInput,
) {
  return db.transaction(async (tx) => {
    const { access } = await openForTeam(tx, caller, t);
    const values = await findingValues(tx, access, t, input);
    const finding = await insertFinding(tx, t, values, caller.principal.userId);
    await auditOnsite(tx, caller, t, 'onsite.finding.create', null, finding);
    return finding;
  });
}

export async function updateOnsiteFinding(
  db: Db,
  caller: Caller,
  t: Target,
  id: string,
  input: OnsiteFindingCreateInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const { access } = await openForTeam(tx, caller, t);
    const before = await findFinding(tx, t, id);
    if (!before) throw findingNotFound();
    if (before.version !== input.version) throw staleVersion(before);
    const finding = await updateFinding(tx, id, await findingValues(tx, access, t, input));
    await auditOnsite(tx, caller, t, 'onsite.finding.update', before, finding);
    return finding;
  });
}

export async function deleteOnsiteFinding(db: Db, caller: Caller, t: Target, id: string, version: number) {
  return db.transaction(async (tx) => {
    await openForTeam(tx, caller, t);
    const before = await findFinding(tx, t, id);
    if (!before) throw findingNotFound();
    if (before.version !== version) throw staleVersion(before);
    await deleteFinding(tx, id);
    await auditOnsite(tx, caller, t, 'onsite.finding.delete', before, null);
  });
}

/** Refuses questions its campaign outline does not have. */
function checkInterview(access: OnsiteAccess, input: InterviewRecordInput) {
  const outlines = InterviewOutlinesConfigSchema.parse(planOf(access.campaign).interviewOutlines);
  if (!outlines.some((o) => o.outline === input.outline)) {
    throw invalid('outline', '本项目没有这一访谈提纲', 'The campaign has no such interview outline');
  }
  const unknown = unknownQuestionIds(input, outlines);
  if (unknown.length) {
    throw invalid(
      'answeredQuestionIds',
      `访谈提纲中没有问题 ${unknown.join('、')}`,
      `The outline has no question ${unknown.join(', ')}`,
    );
  }
  return { ...input, answeredQuestionIds: [...new Set(input.answeredQuestionIds)] };
}

export async function createInterview(db: Db, caller: Caller, t: Target, input: InterviewRecordInput) {
  return db.transaction(async (tx) => {
    const { access } = await openForTeam(tx, caller, t);
    const record = await insertInterview(tx, t, checkInterview(access, input), caller.principal.userId);
    await auditOnsite(tx, caller, t, 'onsite.interview.create', null, record);
    return record;
  });
}

export async function editInterview(
  db: Db,
  caller: Caller,
  t: Target,
  id: string,
  input: InterviewRecordInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const { access } = await openForTeam(tx, caller, t);
    const before = await findInterview(tx, t, id);
    if (!before) throw interviewNotFound();
    if (before.version !== input.version) throw staleVersion(before);
    const { version: _v, ...values } = input;
    const record = await updateInterview(tx, id, checkInterview(access, values));
    await auditOnsite(tx, caller, t, 'onsite.interview.update', before, record);
    return record;
  });
}

/** Saves the whole checklist; every item must be one of the campaign's. */
export async function saveDocumentReview(db: Db, caller: Caller, t: Target, input: DocumentReviewInput) {
  return db.transaction(async (tx) => {
    const { access } = await openForTeam(tx, caller, t);
    const checklist = DocumentChecklistConfigSchema.parse(planOf(access.campaign).documentChecklist);
    const known = new Set(checklist.map((c) => c.id));
    const index = input.items.findIndex((i) => !known.has(i.itemId));
    if (index >= 0) {
      throw invalid(
        `items.${index}.itemId`,
        `资料审查清单中没有“${input.items[index]?.itemId}”`,
        `The checklist has no item “${input.items[index]?.itemId}”`,
      );
    }
    if (new Set(input.items.map((i) => i.itemId)).size !== input.items.length) {
      throw invalid('items', '清单项重复', 'A checklist item is listed twice');
    }
    const before = await findDocumentReview(tx, t);
    if (before.version !== input.version) throw staleVersion(before);
    const version = before.version + 1;
    await replaceDocumentReview(tx, t, input.items, version, caller.principal.userId);
    const after = await findDocumentReview(tx, t);
    await auditOnsite(tx, caller, t, 'onsite.checklist.save', before, after);
    return after;
  });
}
