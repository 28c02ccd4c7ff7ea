import { ApiErrorSchema } from '@bianping/core/api';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { indicatorReaders, indicatorReviewers, indicatorWriters } from './indicators.policy.ts';

/** What the indicator library's routes share: tag, error answers, access rules, the caller. */

export const indicatorTags = ['indicators'];

export const indicatorErrors = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
};

export const readAccess = { access: { roles: indicatorReaders } };
export const writeAccess = { access: { roles: indicatorWriters } };
export const reviewAccess = { access: { roles: indicatorReviewers } };

/** The principal and the audit actor of a request. */
export const callerOf = (request: FastifyRequest) => ({
  principal: principalOf(request),
  actor: actorOf(request),
});
