import { workloadMeasures } from '@bianping/core/imports/staff-vocabulary';
import { useCallback } from 'react';
import { useLabel } from '../../../app/i18n/LocaleContext.ts';
import { BUDGET } from './workload-series.ts';

/** A workload measure as the user reads it: its name, or the budget's label for `budget`. */
export function useMeasureName() {
  const label = useLabel();
  return useCallback(
    (measure: string) => (measure === BUDGET ? label(workloadMeasures.labels.budget) : measure),
    [label],
  );
}
