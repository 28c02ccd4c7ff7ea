import type { SlipAttachment } from '@bianping/core/campaigns/supervision-api';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { checkedEvidenceFile } from '../../plugins/evidence-upload.ts';
import type { Caller } from '../campaigns/campaign-edit.ts';
import { slipScopeOf } from './supervision.policy.ts';
import { fileWithContent, findSlip, insertFile, isSlipVisible, updateSlip } from './supervision.queries.ts';
import { auditSlip, lockEditableDraft } from './supervision.service.ts';

/**
 * Attachments of a slip (photos, copies of documents): uploaded to a draft, typed by content like
 * the self-assessment's evidence, stored in `files` and listed on the slip; downloaded by whoever
 * may read the slip. An upload changes the slip, so it bumps the slip's version.
 */

/** The limit of core `SlipInputSchema.attachmentFileIds`. */
const attachmentMax = 20;
const attachmentLabel = { zh: '附件', en: 'Attachment' };

export async function uploadAttachment(
  db: Db,
  caller: Caller,
  id: string,
  content: Uint8Array | undefined,
  name: string,
): Promise<{ attachment: SlipAttachment; version: number }> {
  const file = checkedEvidenceFile(content, name);
  return db.transaction(async (tx) => {
    const { row } = await lockEditableDraft(tx, caller.principal, id);
    const current = row.attachmentFileIds as string[];
    if (current.length >= attachmentMax) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `每份督查确认单最多 ${attachmentMax} 个附件`,
          en: `A supervision slip holds at most ${attachmentMax} attachments`,
        },
        'file',
      );
    }
    const fileId = await insertFile(tx, file, caller.principal.userId);
    const next = await updateSlip(tx, id, { attachmentFileIds: [...current, fileId] });
    const attachment = { fileId, name: file.name, size: file.size, mimeType: file.mimeType };
    await auditSlip(tx, caller, 'supervisionSlip.attachment.upload', id, null, {
      ...attachment,
      sha256: file.sha256,
    });
    return { attachment, version: next.version };
  });
}

/** An attachment with its content, for a caller who may read the slip; else 404. */
export async function downloadAttachment(db: Db, principal: Principal, id: string, fileId: string) {
  if (!(await isSlipVisible(db, await slipScopeOf(db, principal), id))) throw notFound(attachmentLabel);
  const row = await findSlip(db, id);
  if (!row || !(row.attachmentFileIds as string[]).includes(fileId)) throw notFound(attachmentLabel);
  const file = await fileWithContent(db, fileId);
  if (!file) throw notFound(attachmentLabel);
  return file;
}
