import { createHash } from 'node:crypto';
import {
  assertEvidenceContent,
  EVIDENCE_MAX_BYTES,
  evidenceMimeTypes,
  evidenceTooLarge,
} from '@bianping/core/campaigns/evidence-type';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { attachment } from './responses.ts';

/**
 * Evidence-like uploads shared by the self-assessment and the supervision slips: the raw file is
 * the request body (no multipart), its content — never its name or declared type — decides what
 * it is (core `evidence-type`), and it is stored whole in the `files` table.
 */

/** Reads the raw upload, refusing it as soon as it passes the limit. */
async function readUpload(request: FastifyRequest, payload: AsyncIterable<Buffer>) {
  if (Number(request.headers['content-length'] ?? 0) > EVIDENCE_MAX_BYTES) throw evidenceTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > EVIDENCE_MAX_BYTES) throw evidenceTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Makes every body of the (encapsulated) plugin a raw upload. Browsers label files as they like
 * (text/plain for a renamed file); the content decides.
 */
export function acceptRawUploads(app: FastifyInstance) {
  app.removeContentTypeParser(['text/plain']);
  app.addContentTypeParser(['application/octet-stream', 'text/plain', '*'], readUpload);
}

/** The OpenAPI description of a file answer. */
export const binaryResponse = {
  description: '文件内容 / the file content',
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
};

export type NewStoredFile = { name: string; mimeType: string; size: number; sha256: string; content: Buffer };

/** The file row of an upload: refuses an empty body and any content that is not an evidence type. */
export function checkedEvidenceFile(content: Uint8Array | undefined, name: string): NewStoredFile {
  if (!content || content.length === 0) {
    throw new AppError(
      ErrorCode.Validation,
      { zh: '上传的文件为空', en: 'The uploaded file is empty' },
      'file',
    );
  }
  const kind = assertEvidenceContent(content, name);
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return {
    name,
    mimeType: evidenceMimeTypes[kind],
    size: buffer.length,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    content: buffer,
  };
}

/** Sends a stored file as a download under its own name (ASCII fallback `<fallback><ext>`). */
export function sendStoredFile(
  reply: FastifyReply,
  file: { name: string; mimeType: string; content: unknown },
  fallback: string,
) {
  const ext = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.')) : '';
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', attachment(file.name, `${fallback}${ext.replace(/[^.\w]/g, '')}`))
    .header('x-content-type-options', 'nosniff')
    .send(file.content as never);
}
