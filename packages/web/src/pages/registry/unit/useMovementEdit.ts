import type { UnitDetail } from '@bianping/core/registry';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { useUnitEdit } from './useUnitEdit.ts';

/**
 * A movement (用编核准, 入编, 离开, 出编) is a versioned edit of the unit: the fresh unit page
 * replaces the cached one as for any edit, and the unit's roster and movement lists reload.
 */
export function useMovementEdit<I>(unitId: string, edit: (id: string, input: I) => Promise<UnitDetail>) {
  const queryClient = useQueryClient();
  return useUnitEdit<I>(unitId, async (id, input) => {
    const detail = await edit(id, input);
    void queryClient.invalidateQueries({ queryKey: queryKeys.unitStaff(unitId) });
    return detail;
  });
}
