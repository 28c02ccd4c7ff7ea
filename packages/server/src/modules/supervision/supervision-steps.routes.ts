import { SlipDetailSchema, SlipParamsSchema } from '@bianping/core/campaigns/supervision-api';
import {
  SlipConfirmInputSchema,
  SlipDisputeInputSchema,
  SlipSendInputSchema,
  SlipSettleInputSchema,
} from '@bianping/core/campaigns/supervision-slips';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrors } from '../../plugins/responses.ts';
import { callerOf } from '../campaigns/campaign-edit.ts';
import { slipAnswerers, slipSettlers, slipWriters } from './supervision.policy.ts';
import { answerSlip, sendSlip, settleSlip } from './supervision-steps.service.ts';

const tags = ['supervision'];
const errors = apiErrors(400, 401, 403, 404, 409);
const detail = { 200: SlipDetailSchema, ...errors };

/** The slip's steps: send, confirm, dispute, settle. */
export const supervisionStepRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/:id/send',
    {
      config: { access: { roles: slipWriters } },
      schema: {
        tags,
        summary: '发送给被督查单位 / Send the slip to the unit',
        params: SlipParamsSchema,
        body: SlipSendInputSchema,
        response: detail,
      },
    },
    async (request) => sendSlip(db, callerOf(request), request.params.id, request.body.version),
  );

  app.post(
    '/:id/confirm',
    {
      config: { access: { roles: slipAnswerers } },
      schema: {
        tags,
        summary: '被督查单位确认 / The unit confirms the slip',
        params: SlipParamsSchema,
        body: SlipConfirmInputSchema,
        response: detail,
      },
    },
    async (request) => answerSlip(db, callerOf(request), request.params.id, 'confirmed', request.body),
  );

  app.post(
    '/:id/dispute',
    {
      config: { access: { roles: slipAnswerers } },
      schema: {
        tags,
        summary: '被督查单位提出异议 / The unit disputes the slip',
        params: SlipParamsSchema,
        body: SlipDisputeInputSchema,
        response: detail,
      },
    },
    async (request) => answerSlip(db, callerOf(request), request.params.id, 'disputed', request.body),
  );

  app.post(
    '/:id/settle',
    {
      config: { access: { roles: slipSettlers } },
      schema: {
        tags,
        summary: '裁定异议 / Settle a dispute',
        params: SlipParamsSchema,
        body: SlipSettleInputSchema,
        response: detail,
      },
    },
    async (request) => settleSlip(db, callerOf(request), request.params.id, request.body),
  );
};
