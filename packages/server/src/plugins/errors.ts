import { AppError, ErrorCode } from '@bianping/core/errors';
import { validationError } from '@bianping/core/validation';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/**
 * One error shape for every failure: `{code, message: {zh, en}, field?}`. Unknown errors are
 * logged with the request id and reported as E_INTERNAL without internals.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'application error');
      return reply.status(error.status).send(error.toJSON());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // The type provider flattens each zod issue; rebuild it so core can describe it in zh/en.
      const issues = error.validation.map((v) => ({
        ...v.params,
        code: v.keyword,
        message: v.message,
        path: v.instancePath.split('/').filter(Boolean),
      }));
      const appError = validationError(issues as never);
      return reply.status(400).send(appError.toJSON());
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response failed its schema');
    } else if (error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, unsupported media type).
      return reply.status(error.statusCode).send(
        new AppError(ErrorCode.Validation, {
          zh: `请求无效：${error.message}`,
          en: `Invalid request: ${error.message}`,
        }).toJSON(),
      );
    } else {
      request.log.error({ err: error }, 'unexpected error');
    }
    return reply.status(500).send(
      new AppError(ErrorCode.Internal, {
        zh: `服务器内部错误，请联系管理员（请求编号 ${request.id}）`,
        en: `Internal server error; tell the administrator (request id ${request.id})`,
      }).toJSON(),
    );
  });
});
