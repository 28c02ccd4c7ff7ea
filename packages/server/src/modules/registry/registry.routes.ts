import { pageOf } from '@bianping/core/api';
import {
  RegistryOverviewSchema,
  RegistryTreeSchema,
  UnitListQuerySchema,
  UnitSummarySchema,
} from '@bianping/core/registry';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';
import { registryReaders, registryViewers, unitScopeOf } from './registry.policy.ts';
import { listUnits, registryOverview, registryTree } from './registry.queries.ts';

const tags = ['registry'];
const errors = apiErrors(400, 401, 403);

export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/units',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '单位列表（按权限范围）/ Units within scope',
        querystring: UnitListQuerySchema,
        response: { 200: pageOf(UnitSummarySchema), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, regionId, ...filter } = request.query;
      const scope = await unitScopeOf(db, principalOf(request));
      const regionIds = regionId ? await regionSubtreeIds(db, [regionId]) : undefined;
      const { items, total } = await listUnits(db, scope, { ...filter, regionIds }, page, pageSize);
      return { items: items as never, total, page, pageSize };
    },
  );

  app.get(
    '/registry/tree',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '区划树及单位数 / Region tree with unit counts',
        response: { 200: RegistryTreeSchema, ...errors },
      },
    },
    async (request) => registryTree(db, await unitScopeOf(db, principalOf(request))),
  );

  app.get(
    '/registry/overview',
    {
      config: { access: { roles: registryReaders } },
      schema: {
        tags,
        summary: '机构编制概况 / Registry overview',
        response: { 200: RegistryOverviewSchema, ...errors },
      },
    },
    async (request) => {
      const scope = await unitScopeOf(db, principalOf(request));
      return { byKind: (await registryOverview(db, scope)) as never };
    },
  );
};
