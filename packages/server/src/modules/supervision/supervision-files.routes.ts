import { EVIDENCE_MAX_BYTES } from '@bianping/core/campaigns/evidence-type';
import {
  SlipAttachmentSchema,
  SlipAttachmentUploadBodySchema,
  SlipAttachmentUploadQuerySchema,
  SlipFileParamsSchema,
  SlipParamsSchema,
} from '@bianping/core/campaigns/supervision-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { acceptRawUploads, binaryResponse, sendStoredFile } from '../../plugins/evidence-upload.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { callerOf } from '../campaigns/campaign-edit.ts';
import { slipReaders, slipWriters } from './supervision.policy.ts';
import { downloadAttachment, uploadAttachment } from './supervision-files.service.ts';

const tags = ['supervision'];
const errors = apiErrors(400, 401, 403, 404, 409, 413);

/**
 * Attachments of a slip: the raw file as the body (typed by content), and downloads. A plugin of
 * its own so that its catch-all body parser applies to the upload only.
 */
export const supervisionFilesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  acceptRawUploads(app);

  app.post(
    '/:id/attachments',
    {
      config: { access: { roles: slipWriters } },
      bodyLimit: EVIDENCE_MAX_BYTES + 1,
      schema: {
        tags,
        summary: '上传附件 / Upload an attachment',
        description:
          '请求体为文件本身；按内容接受 PDF、docx、xlsx、JPG、PNG，上限 20 MB / the body is the file itself; PDF, docx, xlsx, JPG, PNG by content, up to 20 MB',
        consumes: ['application/octet-stream'],
        params: SlipParamsSchema,
        querystring: SlipAttachmentUploadQuerySchema,
        body: SlipAttachmentUploadBodySchema,
        response: {
          201: z.object({ attachment: SlipAttachmentSchema, version: z.number().int() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const uploaded = await uploadAttachment(
        db,
        callerOf(request),
        request.params.id,
        request.body,
        request.query.name,
      );
      return reply.status(201).send(uploaded);
    },
  );

  app.get(
    '/:id/attachments/:fileId',
    {
      config: { access: { roles: slipReaders } },
      schema: {
        tags,
        summary: '下载附件 / Download an attachment',
        params: SlipFileParamsSchema,
        response: { 200: binaryResponse, ...errors },
      },
    },
    async (request, reply) => {
      const file = await downloadAttachment(
        db,
        principalOf(request),
        request.params.id,
        request.params.fileId,
      );
      return sendStoredFile(reply, file, 'attachment');
    },
  );
};
