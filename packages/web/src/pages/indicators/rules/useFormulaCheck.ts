import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { checkFormula, getFormulaCatalogue } from '../../../api/indicators.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useDebounced } from '../../../components/useDebounced.ts';

/**
 * The live check of a formula as it is typed: parse and type errors with their place, the
 * measures it reads and its value on the chosen unit (or the fictional sample unit). Asked
 * once the typing pauses; the last answer stays on screen meanwhile.
 */
export function useFormulaCheck(expression: string, unitId: string | null, enabled: boolean) {
  const debounced = useDebounced(expression.trim(), 400);
  const query = useQuery({
    queryKey: queryKeys.formulaCheck(debounced, unitId),
    queryFn: ({ signal }) => checkFormula({ expression: debounced, unitId: unitId ?? undefined }, signal),
    enabled: enabled && debounced.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  // Error places count in the text that was checked, which may lag behind the input.
  return { ...query, checked: debounced };
}

/** The measures and functions a formula may use; they change only with a new release. */
export function useFormulaCatalogue() {
  return useQuery({
    queryKey: queryKeys.formulaCatalogue,
    queryFn: ({ signal }) => getFormulaCatalogue(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
