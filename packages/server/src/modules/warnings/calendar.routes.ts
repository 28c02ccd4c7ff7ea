import {
  CalendarYearInputSchema,
  CalendarYearParamsSchema,
  CalendarYearQuerySchema,
  CalendarYearSchema,
} from '@bianping/core/warnings/calendar-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit-actor.ts';
import { registryEditors } from '../registry/registry.policy.ts';
import { getCalendarYear, replaceCalendarYear } from './calendar.service.ts';
import { warningsErrors as errors, warningsTags as tags } from './warnings-route-kit.ts';

const config = { access: { roles: registryEditors } };

/**
 * 节假日: the one office calendar that working-day deadlines count with. Officers and
 * administrators keep it a year at a time, from the State Council's yearly notice.
 */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: '节假日安排 / Holidays and make-up working days of a year',
        querystring: CalendarYearQuerySchema,
        response: { 200: CalendarYearSchema, ...errors },
      },
    },
    async (request) => getCalendarYear(db, request.query.year),
  );

  app.put(
    '/:year',
    {
      config,
      schema: {
        tags,
        summary: '替换一年的节假日安排 / Replace a year’s holidays and make-up working days',
        params: CalendarYearParamsSchema,
        body: CalendarYearInputSchema,
        response: { 200: CalendarYearSchema, ...errors },
      },
    },
    async (request) => replaceCalendarYear(db, request.params.year, request.body, actorOf(request)),
  );
};
