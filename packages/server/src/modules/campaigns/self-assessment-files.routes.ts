import { EVIDENCE_MAX_BYTES } from '@bianping/core/campaigns/evidence-type';
import {
  EvidenceParamsSchema,
  EvidenceUploadBodySchema,
  EvidenceUploadQuerySchema,
  SelfAssessmentParamsSchema,
  UploadedFileSchema,
} from '@bianping/core/campaigns/self-assessment-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { acceptRawUploads, binaryResponse as binary, sendStoredFile } from '../../plugins/evidence-upload.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { callerOf } from './campaign-edit.ts';
import { campaignTags as tags } from './campaign-route-kit.ts';
import { selfFillers, selfReaders } from './self-assessment.policy.ts';
import { downloadEvidence, uploadSelfFile } from './self-assessment-files.service.ts';

const errors = apiErrors(400, 401, 403, 404, 409, 413);
/**
 * Evidence uploads (the raw file as the body, any content type: the server reads the content)
 * and downloads of a campaign's evidence. A plugin of its own so that its catch-all body parser
 * applies to the upload only.
 */
export const selfAssessmentFilesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  acceptRawUploads(app);

  app.post(
    '/:id/targets/:unitId/self-assessment/files',
    {
      config: { access: { roles: selfFillers } },
      bodyLimit: EVIDENCE_MAX_BYTES + 1,
      schema: {
        tags,
        summary: '上传佐证材料或自查报告 / Upload evidence or the self-inspection report',
        description:
          '请求体为文件本身；按内容接受 PDF、docx、xlsx、JPG、PNG，上限 20 MB / the body is the file itself; PDF, docx, xlsx, JPG, PNG by content, up to 20 MB',
        consumes: ['application/octet-stream'],
        params: SelfAssessmentParamsSchema,
        querystring: EvidenceUploadQuerySchema,
        body: EvidenceUploadBodySchema,
        response: { 201: UploadedFileSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { id, unitId } = request.params;
      const uploaded = await uploadSelfFile(
        db,
        callerOf(request),
        { campaignId: id, unitId },
        request.body,
        request.query,
      );
      return reply.status(201).send(uploaded);
    },
  );

  app.get(
    '/:id/evidence/:fileId',
    {
      config: { access: { roles: selfReaders } },
      schema: {
        tags,
        summary: '下载佐证材料 / Download an evidence file',
        params: EvidenceParamsSchema,
        response: { 200: binary, ...errors },
      },
    },
    async (request, reply) => {
      const file = await downloadEvidence(db, principalOf(request), request.params.id, request.params.fileId);
      return sendStoredFile(reply, file, 'evidence');
    },
  );
};
