import { approvalReferenceSet } from './approval.ts';
import type { ReferenceSet } from './build.ts';
import { commonReferenceSet } from './common.ts';
import { developmentReferenceSet } from './development.ts';
import { educationReferenceSet } from './education.ts';
import { foreignAffairsReferenceSet } from './foreign-affairs.ts';
import { healthReferenceSet } from './health.ts';
import { scienceReferenceSet } from './science.ts';

/**
 * The built-in "1+X" reference sets the demo loads: the common set (the "1") and one X set per
 * category the pilots name (科技, 外事, 发改, 行政审批 from seed 001; 卫生, 教育 from S15).
 *
 * Each X set is scored out of 100 on its own, like the common set, rather than adding a few
 * points to it: a campaign then combines "1" and "X" by weight (e.g. 70 % / 30 %), which keeps
 * every category's score on the same 0–100 scale and lets an office change the mix without
 * rewriting a set.
 */
export const referenceSets: readonly ReferenceSet[] = [
  commonReferenceSet,
  scienceReferenceSet,
  foreignAffairsReferenceSet,
  developmentReferenceSet,
  approvalReferenceSet,
  healthReferenceSet,
  educationReferenceSet,
];

export { instantiateReferenceSet, type ReferenceSet } from './build.ts';
