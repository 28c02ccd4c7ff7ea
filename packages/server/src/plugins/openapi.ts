import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { appVersion } from '../version.ts';

/** OpenAPI 3 generated from the same zod schemas that validate requests and responses. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Bianping 编评 API',
        description:
          '机构编制执行情况和使用效益评估系统接口。所有修改类请求须携带 `x-csrf-token` 请求头。\n\n' +
          'API of the staffing-evaluation system. Every state-changing request needs the `x-csrf-token` header.',
        version: appVersion,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bp_session' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
});
