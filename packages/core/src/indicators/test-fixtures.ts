import type { IndicatorSet, IndicatorSetMeta } from './indicators.schemas.ts';

/** Test helpers: deterministic ids and a stored set around some meta. */

/**
 * Deterministic uuids: the n-th call gives `00000000-0000-4000-8000-00000000000n` (a valid
 * version-4 layout), so expectations can name ids.
 */
export function sequentialIds(prefix = '00000000'): () => string {
  let next = 0;
  return () => {
    next++;
    return `${prefix}-0000-4000-8000-${next.toString(16).padStart(12, '0')}`;
  };
}

/** A stored set (draft, edition 1) with the given meta and overrides. */
export function buildSet(meta: IndicatorSetMeta, overrides: Partial<IndicatorSet> = {}): IndicatorSet {
  return {
    ...meta,
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    seriesId: 'aaaaaaaa-0000-4000-8000-000000000002',
    edition: 1,
    status: 'draft',
    regionId: null,
    derivedFrom: null,
    weighting: null,
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    publishedAt: null,
    ...overrides,
  };
}
