import { createHash } from 'node:crypto';
import { type FrozenNode, frozenLeaves } from '@bianping/core/campaigns/freeze';
import { windowOf } from '@bianping/core/campaigns/phases';
import type { StaffingPlan } from '@bianping/core/campaigns/self-assessment';
import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import type { Db } from '../../db/client.ts';
import {
  evidenceFiles,
  files,
  selfAssessmentEntries,
  selfAssessmentExtras,
  targetPhases,
} from '../../db/schema/index.ts';
import { insertAll } from './demo-campaign-bulk.ts';
import type { DemoTarget, LaunchedDemoCampaign } from './demo-campaign-plan.ts';
import { demoScore, onDay, type Quality } from './demo-campaign-scores.ts';
import { addDays, randomDate } from './demo-dates.ts';
import { insertInBatches } from './demo-insert.ts';
import type { Random } from './random.ts';
import { streamFor } from './random.ts';

/**
 * 单位自评 of the demo campaigns, written straight into the tables in the shapes the
 * self-assessment routes read: the phase row per target, an entry (core `ScoreInput`) per
 * self-scored leaf with a narrative, the staffing plan, and a small generated PDF as the 自查报告
 * (plus one evidence file) stored through `files` and linked in `evidence_files`. A target in
 * progress has about half its entries; a target not started has no rows at all.
 */

const RETURN_REASONS = [
  '自查报告未加盖单位公章，请重新上传盖章扫描件。',
  '用编计划理由过于简略，请结合近三年退休和职责调整情况说明。',
  '“职责调整落实到位”自评扣分依据不清，请补充说明并上传相关文件。',
  '部分指标自评说明与佐证材料不一致，请核对后重新提交。',
];

const NARRATIVES: [number, string][] = [
  [0.85, '已按要求全面落实，制度健全、台账完整，相关文件均已归档。'],
  [0.68, '总体落实到位，个别环节记录不够完整，已安排专人补齐。'],
  [0.5, '基本落实，部分工作推进较慢，已制定整改措施并明确时限。'],
  [0, '落实不够到位，存在薄弱环节，正在对照要求逐项整改。'],
];

const narrativeFor = (leaf: FrozenNode, q: number) =>
  `${leaf.name}：${NARRATIVES.find(([min]) => q >= min)?.[1] ?? ''}`;

/** A one-page PDF (Helvetica, ASCII text): enough for the content check and a viewer. */
export function tinyPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
    `<</Length ${stream.length}>>\nstream\n${stream}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function staffingPlanFor(target: DemoTarget, startYear: number, rnd: Random): StaffingPlan {
  const staffingType =
    target.kind === 'administrative' || target.kind === 'party' ? 'administrative' : 'institutional';
  return {
    startYear,
    years: 3,
    rows: [0, 1, 2].map((i) => ({
      year: startYear + i,
      staffingType,
      plannedHires: rnd.int(0, 3),
      plannedDepartures: rnd.int(0, 2),
    })),
    reasoning: rnd.pick([
      '近三年将有多名工作人员退休，且新增职责需要专业人员承接，拟按空编逐年补充。',
      '结合“三定”职责和工作量测算，现有人员基本满足需要，仅补充退休减员。',
      '承接上级下放的审批和执法事项，业务量增长明显，拟优先招录专业对口人员。',
    ]),
  };
}

type FileRow = typeof files.$inferInsert;
type EvidenceRow = typeof evidenceFiles.$inferInsert;

function pdfFile(id: string, name: string, title: string, createdAt: Date): FileRow {
  const content = tinyPdf(title);
  return {
    id,
    name,
    mimeType: 'application/pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    createdAt,
  };
}

/** Whether the phase state means the form was handed in at least once. */
const handedIn = (s: TargetPhaseState) => s === 'submitted' || s === 'returned' || s === 'reviewed';

/** Writes the self-assessment rows of every target in `states` (absent or notStarted: nothing). */
export async function insertSelfAssessments(
  tx: Db,
  campaign: LaunchedDemoCampaign,
  quality: Quality,
  states: ReadonlyMap<string, TargetPhaseState>,
  seed: number,
) {
  const rnd = streamFor(seed, `campaign-self-${campaign.spec.year}`);
  const window = windowOf(campaign.plan.phases, 'self');
  if (!window) return 0;
  const { actors } = campaign;
  const phases: (typeof targetPhases.$inferInsert)[] = [];
  const entries: (typeof selfAssessmentEntries.$inferInsert)[] = [];
  const extras: (typeof selfAssessmentExtras.$inferInsert)[] = [];
  const fileRows: FileRow[] = [];
  const links: EvidenceRow[] = [];
  for (const [index, target] of campaign.targets.entries()) {
    const state = states.get(target.unitId) ?? 'notStarted';
    if (state === 'notStarted') continue;
    const t = { campaignId: campaign.id, unitId: target.unitId };
    const q = Math.min(1, (quality.get(target.unitId) ?? 0.7) + 0.08); // units grade themselves kindly
    const byUnitUser = target.unitId === actors.unitAccountUnitId ? actors.unit : null;
    const submittedOn = randomDate(rnd, addDays(window.start, 5), addDays(window.end, -1));
    const submittedAt = onDay(submittedOn, rnd);
    const leaves = target.sets.flatMap((s) =>
      frozenLeaves(s).filter((n) => n.sources.includes('self') && n.rule),
    );
    const filled = handedIn(state) ? leaves : leaves.filter(() => rnd.chance(0.5));
    const reportId = rnd.uuid();
    const evidenceId = rnd.uuid();
    const tag = `${campaign.spec.year}-${String(index + 1).padStart(3, '0')}`;
    if (handedIn(state) || rnd.chance(0.3)) {
      fileRows.push(pdfFile(reportId, '自查报告.pdf', `Self-inspection report ${tag}`, submittedAt));
      links.push({
        fileId: reportId,
        ...t,
        nodeId: null,
        purpose: 'selfInspectionReport',
        uploadedBy: byUnitUser,
        createdAt: submittedAt,
      });
      extras.push({
        ...t,
        staffingPlan: staffingPlanFor(target, campaign.spec.year + 1, rnd),
        reportFileId: reportId,
        updatedAt: submittedAt,
      });
    }
    const firstLeaf = filled[0];
    if (firstLeaf) {
      fileRows.push(
        pdfFile(
          evidenceId,
          `${firstLeaf.code} 佐证材料.pdf`,
          `Evidence ${tag} ${firstLeaf.code}`,
          submittedAt,
        ),
      );
      links.push({
        fileId: evidenceId,
        ...t,
        nodeId: firstLeaf.id,
        purpose: 'evidence',
        uploadedBy: byUnitUser,
        createdAt: submittedAt,
      });
    }
    for (const leaf of filled) {
      entries.push({
        ...t,
        nodeId: leaf.id,
        input: demoScore(leaf.rule as NonNullable<FrozenNode['rule']>, leaf.maxPoints, q, rnd),
        narrative: narrativeFor(leaf, q),
        evidenceFileIds: leaf === firstLeaf ? [evidenceId] : [],
        updatedBy: byUnitUser,
        updatedAt: submittedAt,
      });
    }
    const reviewedAt = onDay(addDays(submittedOn, rnd.int(1, 4)), rnd);
    phases.push({
      ...t,
      phase: 'self',
      state,
      returnedReason: state === 'returned' ? rnd.pick(RETURN_REASONS) : null,
      submittedAt: handedIn(state) ? submittedAt : null,
      submittedBy: handedIn(state) ? byUnitUser : null,
      updatedAt: state === 'submitted' || state === 'inProgress' ? submittedAt : reviewedAt,
      // start, submit, then a return or an acceptance: each a version
      version: state === 'inProgress' ? 1 : state === 'submitted' ? 2 : 3,
    });
  }
  await insertInBatches(fileRows, (b) => tx.insert(files).values(b), 200);
  await insertAll(tx, evidenceFiles, links);
  await insertAll(tx, selfAssessmentExtras, extras);
  await insertAll(tx, selfAssessmentEntries, entries);
  await insertAll(tx, targetPhases, phases);
  return entries.length;
}
