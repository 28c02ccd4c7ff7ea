import type { z } from 'zod';
import { AppError } from '../errors.ts';
import type { IndicatorNode, IndicatorSet } from '../indicators/indicators.schemas.ts';
import { instantiateReferenceSet } from '../indicators/reference-sets/build.ts';
import { commonReferenceSet } from '../indicators/reference-sets/common.ts';
import { buildSet, sequentialIds } from '../indicators/test-fixtures.ts';
import { validationError } from '../validation.ts';

/** Test helpers of the campaign core: a published common set and deterministic uuids. */

export { sequentialIds };

/** The common reference set, published, with its nodes. */
export function publishedCommonSet(): { set: IndicatorSet; nodes: IndicatorNode[] } {
  const { meta, nodes } = instantiateReferenceSet(commonReferenceSet, sequentialIds('11111111'));
  const set = buildSet(meta, { status: 'published', publishedAt: '2025-01-02T00:00:00.000Z' });
  return { set, nodes };
}

/** The n-th deterministic uuid of a prefix (n ≥ 1). */
export const uuid = (n: number, prefix = 'cccccccc') =>
  `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The typed validation error a schema gives for an input it refuses. */
export function firstError(schema: z.ZodType, input: unknown): AppError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a validation error');
  return validationError(result.error.issues);
}

/** The AppError a call throws. */
export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
