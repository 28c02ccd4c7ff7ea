import type { EfficiencyOptions } from '@bianping/core/analytics/efficiency-api';
import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import { BUDGET_MEASURE, measuresForCategory } from '@bianping/core/registry/workload-measures';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { listRegions } from '../regions/regions.queries.ts';
import { registryReaders, unitScopeOf } from '../registry/registry.policy.ts';
import { listMeasureRules } from '../registry/workload-measures.queries.ts';
import { categoriesWithData, yearsWithData } from './analytics.queries.ts';

/** What the 使用效益 form offers the caller: its categories, years, measures and regions. */
export async function loadEfficiencyOptions(db: Db, principal: Principal): Promise<EfficiencyOptions> {
  const scope = await unitScopeOf(db, principal, registryReaders);
  const regionIds = scope.allRegions ? undefined : scope.regionIds;
  const [categories, years, definitions, regions] = await Promise.all([
    categoriesWithData(db, regionIds),
    yearsWithData(db),
    listMeasureRules(db),
    listRegions(db),
  ]);
  const present = new Set(categories);
  const ordered = unitCategories.codes.filter((c) => present.has(c));
  return {
    categories: ordered,
    years,
    measures: Object.fromEntries(
      ordered.map((c: UnitCategory) => [
        c,
        measuresForCategory(definitions, c)
          .filter((d) => d.name !== BUDGET_MEASURE)
          .map((d) => ({ name: d.name, unitLabel: d.unitLabel })),
      ]),
    ),
    regions: regions
      .filter((r) => !regionIds || regionIds.includes(r.id))
      .map((r) => ({ id: r.id, name: r.name, parentId: r.parentId })),
  };
}
