import { randomUUID } from 'node:crypto';
import { instantiateReferenceSet, referenceSets } from '@bianping/core/indicators/reference-sets';
import { canPublish, validateSet } from '@bianping/core/indicators/validate';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { indicatorSets } from '../../db/schema/index.ts';
import { insertSetWithNodes } from '../indicators/indicators.service.ts';

/**
 * The built-in "1+X" reference sets (the common set and the X sets of the core) as published,
 * library-wide sets. A reference set already in the library under its name is left alone, so a
 * second run adds nothing. Returns how many sets were added.
 */
export async function insertReferenceSets(tx: Db): Promise<number> {
  const existing = await tx
    .select({ name: indicatorSets.name })
    .from(indicatorSets)
    .where(
      and(
        isNull(indicatorSets.regionId),
        inArray(
          indicatorSets.name,
          referenceSets.map((r) => r.meta.name),
        ),
      ),
    );
  const taken = new Set(existing.map((e) => e.name));
  let added = 0;
  for (const ref of referenceSets.filter((r) => !taken.has(r.meta.name))) {
    const { meta, nodes } = instantiateReferenceSet(ref, randomUUID);
    // A reference set that fails publish validation is a bug in the core's data, not demo content.
    if (!canPublish(validateSet(meta, nodes))) throw new Error(`reference set ${ref.key} does not validate`);
    const draft = { meta, seriesId: randomUUID(), edition: 1, derivedFrom: null, weighting: null, nodes };
    await insertSetWithNodes(tx, draft, { regionId: null, createdBy: null, status: 'published' });
    added++;
  }
  return added;
}
