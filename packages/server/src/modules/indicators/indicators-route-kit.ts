import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { indicatorReaders, indicatorReviewers, indicatorWriters } from './indicators.policy.ts';

/** What the indicator library's routes share: tag, error answers, access rules, the caller. */

export const indicatorTags = ['indicators'];

export const indicatorErrors = apiErrors(400, 401, 403, 404, 409);

export const readAccess = { access: { roles: indicatorReaders } };
export const writeAccess = { access: { roles: indicatorWriters } };
export const reviewAccess = { access: { roles: indicatorReviewers } };

/** The principal and the audit actor of a request. */
export const callerOf = (request: FastifyRequest) => ({
  principal: principalOf(request),
  actor: actorOf(request),
});
