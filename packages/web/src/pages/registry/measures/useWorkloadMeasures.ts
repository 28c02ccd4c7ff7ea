import type { LocalizedText } from '@bianping/core/errors';
import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { measuresForCategory } from '@bianping/core/registry/workload-measures';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { listWorkloadMeasures, type WorkloadMeasure } from '../../../api/registry.ts';

/** Every workload measure definition; they change rarely, so the list is kept a while. */
export function useWorkloadMeasures() {
  return useQuery({
    queryKey: queryKeys.workloadMeasures,
    queryFn: ({ signal }) => listWorkloadMeasures(signal),
    staleTime: 5 * 60_000,
  });
}

/** The definitions a unit of the category reports, in their order (core's rule). */
export function useCategoryMeasures(category: UnitCategory) {
  const query = useWorkloadMeasures();
  const measures = useMemo(
    () => measuresForCategory<WorkloadMeasure>(query.data ?? [], category),
    [query.data, category],
  );
  return { ...query, measures };
}

/** The category's label, or 全部类别 for a definition of every category. */
export const categoryText = (
  category: UnitCategory | null,
  label: (text: LocalizedText) => string,
  allCategories: string,
) => (category === null ? allCategories : label(unitCategories.labels[category]));
