import type { FormulaCatalogue, FormulaCheckResult } from '@bianping/core/indicators/api';
import { previewFormula, summarizePreview } from '@bianping/core/indicators/formula';
import { functionCatalogue } from '@bianping/core/indicators/formula/functions';
import {
  measureCatalogue,
  measureGroups,
  measureUnits,
  sampleMeasures,
} from '@bianping/core/indicators/formula/measures';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertUnitInScope } from '../registry/registry.policy.ts';
import { loadRegistryMeasures } from './registry-measures.queries.ts';

/**
 * The formula editor's two helpers: the catalogue of measures and functions, and the check of an
 * expression (parse and type errors with their place, else the measures it reads and its value on
 * a unit of the caller's scope, or on the fictional sample unit). Formulas are parsed by the
 * core's own parser and evaluated over plain numbers: nothing is ever handed to `eval`.
 */

export async function checkFormula(
  db: Db,
  principal: Principal,
  input: { expression: string; unitId?: string | undefined },
): Promise<FormulaCheckResult> {
  let measures = sampleMeasures;
  if (input.unitId) {
    await assertUnitInScope(db, principal, input.unitId);
    measures = (await loadRegistryMeasures(db, [input.unitId])).get(input.unitId) as typeof measures;
  }
  return summarizePreview(previewFormula(input.expression, measures));
}

/** Built once: the catalogue is static data of the core. */
export const formulaCatalogue: FormulaCatalogue = {
  measures: measureCatalogue.map((m) => ({
    name: m.name,
    group: m.group,
    groupLabel: measureGroups[m.group],
    unit: m.unit,
    unitLabel: measureUnits[m.unit],
    label: m.label,
    description: m.description,
    sample: m.sample,
  })),
  functions: functionCatalogue.map((f) => ({
    name: f.name,
    signature: f.signature,
    description: f.description,
    example: f.example,
    minArgs: f.minArgs,
    maxArgs: Number.isFinite(f.maxArgs) ? f.maxArgs : null,
  })),
};
