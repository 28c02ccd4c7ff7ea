import type { LocalizedText } from '../errors.ts';
import { checkLeafEntries, type EntryProblem, type ScorableLeaf } from './score-input.ts';
import type { SelfAssessment } from './self-assessment.schemas.ts';

/**
 * Whether a self-assessment can be submitted: every self-scored leaf of the target's frozen sets
 * has an entry within its rule's bounds, the staffing plan is there and the self-inspection
 * report is uploaded. Evidence is asked for where the indicator names evidence types, but a
 * missing file is a warning only: some facts have no document, and the team checks on site.
 */

export type SelfAssessmentProblem = {
  code: EntryProblem['code'] | 'noStaffingPlan' | 'noReport' | 'noEvidence';
  severity: 'error' | 'warning';
  nodeId: string | null;
  nodeCode: string | null;
  message: LocalizedText;
};

/** A leaf as the check reads it: scorable, with the evidence it asks for. */
export type SelfCheckLeaf = ScorableLeaf & { evidenceTypes: readonly string[] };

const whole = (code: SelfAssessmentProblem['code'], zh: string, en: string): SelfAssessmentProblem => ({
  code,
  severity: 'error',
  nodeId: null,
  nodeCode: null,
  message: { zh, en },
});

/** Problems of a self-assessment against the leaves of the target's frozen sets. */
export function checkSelfAssessment(
  leaves: readonly SelfCheckLeaf[],
  assessment: Pick<SelfAssessment, 'entries' | 'staffingPlan' | 'reportFileId'>,
): SelfAssessmentProblem[] {
  const problems: SelfAssessmentProblem[] = checkLeafEntries(leaves, assessment.entries, 'self').map((p) => ({
    ...p,
    severity: 'error',
  }));
  for (const leaf of leaves) {
    if (!leaf.sources.includes('self') || leaf.evidenceTypes.length === 0) continue;
    const entry = assessment.entries.find((e) => e.nodeId === leaf.id);
    if (entry && entry.evidenceFileIds.length === 0) {
      problems.push({
        code: 'noEvidence',
        severity: 'warning',
        nodeId: leaf.id,
        nodeCode: leaf.code,
        message: {
          zh: `指标 ${leaf.code}“${leaf.name}”：未上传佐证材料`,
          en: `Indicator ${leaf.code} “${leaf.name}”: no evidence uploaded`,
        },
      });
    }
  }
  if (!assessment.staffingPlan) {
    problems.push(whole('noStaffingPlan', '未填写 3–5 年用编计划', 'The 3–5 year staffing plan is missing'));
  }
  if (!assessment.reportFileId) {
    problems.push(whole('noReport', '未上传自查报告', 'The self-inspection report has not been uploaded'));
  }
  return problems;
}

/** Submitting is refused while any error remains; warnings are shown only. */
export const canSubmitSelfAssessment = (problems: readonly SelfAssessmentProblem[]) =>
  problems.every((p) => p.severity !== 'error');
