import {
  RegionIdParamsSchema,
  RegionSettingsClearQuerySchema,
  RegionSettingsListSchema,
  RegionSettingsOverrideInputSchema,
  RegionWarningSettingsSchema,
} from '@bianping/core/warnings/settings-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { registryEditors } from '../registry/registry.policy.ts';
import { warningsErrors as errors, warningsTags as tags } from './warnings-route-kit.ts';
import { assertRegionSettable, settableRegionIds } from './warnings-settings.policy.ts';
import { listRegionSettings } from './warnings-settings.queries.ts';
import { clearRegionSettings, getRegionSettings, saveRegionSettings } from './warnings-settings.service.ts';

const config = { access: { roles: registryEditors } };

/**
 * 预警设置: thresholds per region, inherited down the region tree. Administrators set any
 * region's; officers those of their region subtree.
 */
export const warningsSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: '可设置预警阈值的地区 / Regions whose thresholds you may set',
        response: { 200: RegionSettingsListSchema, ...errors },
      },
    },
    async (request) => {
      const rows = await listRegionSettings(db, await settableRegionIds(db, principalOf(request)));
      return rows.map((r) => ({ ...r, level: r.level as 'county' }));
    },
  );

  app.get(
    '/:regionId',
    {
      config,
      schema: {
        tags,
        summary: '地区预警阈值及来源 / Thresholds in force in a region, with their source',
        params: RegionIdParamsSchema,
        response: { 200: RegionWarningSettingsSchema, ...errors },
      },
    },
    async (request) => {
      await assertRegionSettable(db, principalOf(request), request.params.regionId);
      return getRegionSettings(db, request.params.regionId);
    },
  );

  app.put(
    '/:regionId',
    {
      config,
      schema: {
        tags,
        summary: '保存本级预警阈值 / Save the region’s own thresholds',
        params: RegionIdParamsSchema,
        body: RegionSettingsOverrideInputSchema,
        response: { 200: RegionWarningSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const { regionId } = request.params;
      await assertRegionSettable(db, principalOf(request), regionId);
      await saveRegionSettings(db, regionId, request.body, actorOf(request));
      return getRegionSettings(db, regionId);
    },
  );

  app.delete(
    '/:regionId',
    {
      config,
      schema: {
        tags,
        summary: '恢复继承 / Inherit every threshold again',
        params: RegionIdParamsSchema,
        querystring: RegionSettingsClearQuerySchema,
        response: { 200: RegionWarningSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const { regionId } = request.params;
      await assertRegionSettable(db, principalOf(request), regionId);
      await clearRegionSettings(db, regionId, request.query.version, actorOf(request));
      return getRegionSettings(db, regionId);
    },
  );
};
