import type { Me } from '@bianping/core/auth';
import { registryReaders } from '../../app/auth/registry-roles.ts';
import { holdsRole } from '../../app/auth/useMe.ts';

/**
 * The unit a liaison looks after, when that is all the registry they may read: they go straight
 * to its page instead of a list of one. Null for readers of the wider registry.
 */
export function ownUnitOf(me: Me): string | null {
  if (holdsRole(me, registryReaders)) return null;
  const units = me.roles.filter((r) => r.role === 'unit' && r.scopeType === 'unit' && r.scopeId);
  return units.length === 1 ? (units[0]?.scopeId ?? null) : null;
}
