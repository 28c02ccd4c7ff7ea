import type { EvidencePurpose, UploadedFile } from '@bianping/core/campaigns/self-assessment-api';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { checkedEvidenceFile } from '../../plugins/evidence-upload.ts';
import type { Caller } from './campaign-edit.ts';
import { targetAccessOf } from './self-assessment.policy.ts';
import { findEvidenceWithContent, insertEvidence, setReportFile } from './self-assessment.queries.ts';
import { auditSelf, openForFilling } from './self-assessment.service.ts';
import { checkLeavesOf, targetSets } from './self-assessment-form.ts';
import type { Target } from './target-work.ts';

/**
 * Evidence files and the signed self-inspection report: the content decides the type (core
 * `evidence-type`), never the name; stored in `files` and linked to the target in
 * `evidence_files`, so a download is allowed exactly to those who may read the target.
 */

type Upload = { purpose: EvidencePurpose; nodeId?: string | undefined; name: string };

/** Stores an upload of the target's unit; a report upload becomes the target's report at once. */
export async function uploadSelfFile(
  db: Db,
  caller: Caller,
  t: Target,
  content: Uint8Array | undefined,
  upload: Upload,
): Promise<UploadedFile> {
  const file = checkedEvidenceFile(content, upload.name);
  return db.transaction(async (tx) => {
    const { access } = await openForFilling(tx, caller, t);
    const nodeId = upload.purpose === 'evidence' ? (upload.nodeId ?? null) : null;
    if (nodeId) {
      const leaves = checkLeavesOf(await targetSets(tx, t.campaignId, access.setIds));
      if (!leaves.some((l) => l.id === nodeId)) throw notFound({ zh: '指标', en: 'Indicator' }, 'nodeId');
    }
    const fileId = await insertEvidence(tx, t, file, {
      nodeId,
      purpose: upload.purpose,
      uploadedBy: caller.principal.userId,
    });
    if (upload.purpose === 'selfInspectionReport') await setReportFile(tx, t, fileId);
    const uploaded = { fileId, name: file.name, size: file.size, mimeType: file.mimeType };
    await auditSelf(tx, caller, t, 'selfAssessment.file.upload', null, {
      ...uploaded,
      purpose: upload.purpose,
      nodeId,
      sha256: file.sha256,
    });
    return uploaded;
  });
}

/** An evidence file with its content, for a caller who may read its target; else 404. */
export async function downloadEvidence(db: Db, principal: Principal, campaignId: string, fileId: string) {
  const file = await findEvidenceWithContent(db, campaignId, fileId);
  if (!file) throw notFound({ zh: '佐证材料', en: 'Evidence file' });
  try {
    await targetAccessOf(db, principal, campaignId, file.unitId);
  } catch (e) {
    // Whoever may not see the target must not learn that the file exists either.
    if (e instanceof AppError && e.code === ErrorCode.NotFound)
      throw notFound({ zh: '佐证材料', en: 'Evidence file' });
    throw e;
  }
  return file;
}
