import type { RoleAssignment } from '@bianping/core/auth/roles';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { regions, units } from '../../db/schema/index.ts';

/** Adds a readable name to each scoped assignment (region or unit name) for display. */
export async function withScopeNames(db: Db, assignments: RoleAssignment[]) {
  const ids = (type: string) =>
    assignments.filter((a) => a.scopeType === type && a.scopeId).map((a) => a.scopeId as string);
  const uuid = /^[0-9a-f-]{36}$/i;
  const regionIds = ids('region').filter((id) => uuid.test(id));
  const unitIds = ids('unit').filter((id) => uuid.test(id));
  const names = new Map<string, string>();
  if (regionIds.length) {
    for (const r of await db
      .select({ id: regions.id, name: regions.name })
      .from(regions)
      .where(inArray(regions.id, regionIds)))
      names.set(r.id, r.name);
  }
  if (unitIds.length) {
    for (const u of await db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inArray(units.id, unitIds)))
      names.set(u.id, u.name);
  }
  return assignments.map((a) => ({
    ...a,
    scopeName: a.scopeId ? (names.get(a.scopeId) ?? null) : null,
  }));
}
