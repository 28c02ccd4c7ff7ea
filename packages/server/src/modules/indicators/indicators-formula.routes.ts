import {
  FormulaCatalogueSchema,
  FormulaCheckInputSchema,
  FormulaCheckResultSchema,
} from '@bianping/core/indicators/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { checkFormula, formulaCatalogue } from './indicators-formula.service.ts';
import {
  indicatorErrors as errors,
  readAccess,
  reviewAccess,
  indicatorTags as tags,
} from './indicators-route-kit.ts';

/** The formula editor's helpers (/indicator-sets/formula/…). */
export const indicatorsFormulaRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/formula/catalogue',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '公式可用的指标数据与函数 / Measures and functions a formula may use',
        response: { 200: FormulaCatalogueSchema, ...errors },
      },
    },
    async () => formulaCatalogue,
  );

  app.post(
    '/formula/check',
    {
      config: reviewAccess,
      schema: {
        tags,
        summary: '检查公式并在单位上试算 / Check a formula and compute it on a unit',
        body: FormulaCheckInputSchema,
        response: { 200: FormulaCheckResultSchema, ...errors },
      },
    },
    async (request) => checkFormula(db, principalOf(request), request.body),
  );
};
