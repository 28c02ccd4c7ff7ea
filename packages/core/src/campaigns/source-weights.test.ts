import { describe, expect, it } from 'vitest';
import { defaultSourceWeights, effectiveWeights, SourceWeightsSchema } from './source-weights.ts';
import { firstError, uuid } from './test-fixtures.ts';

describe('source weights', () => {
  const key = { setId: uuid(1), code: '1.1.2' };

  it('must add up to 1, globally and per override', () => {
    expect(SourceWeightsSchema.parse(defaultSourceWeights).overrides).toEqual([]);
    const error = firstError(SourceWeightsSchema, { global: { self: 0.5, onsite: 0.4 } });
    expect(error.field).toBe('global');
    expect(error.text.zh).toContain('各来源权重之和应为 1，现为 0.9');
    const twice = firstError(SourceWeightsSchema, {
      global: { onsite: 1 },
      overrides: [
        { ...key, weights: { self: 1 } },
        { ...key, weights: { onsite: 1 } },
      ],
    });
    expect(twice.field).toBe('overrides.1.code');
    expect(firstError(SourceWeightsSchema, { global: { self: 1.5 } }).field).toBe('global.self');
  });

  it('renormalises over the sources an indicator allows', () => {
    expect(effectiveWeights(['self', 'onsite'], defaultSourceWeights, key)).toEqual({
      self: 0.2 / 0.7,
      onsite: 0.5 / 0.7,
    });
    expect(effectiveWeights(['registry'], defaultSourceWeights, key)).toEqual({ registry: 1 });
    expect(effectiveWeights(['registry', 'survey'], defaultSourceWeights, key)).toEqual({
      survey: 1,
      registry: 0,
    });
    expect(effectiveWeights([], defaultSourceWeights, key)).toEqual({});
  });

  it('uses the override of the indicator when there is one', () => {
    const weights = { ...defaultSourceWeights, overrides: [{ ...key, weights: { self: 0.5, onsite: 0.5 } }] };
    expect(effectiveWeights(['self', 'onsite'], weights, key)).toEqual({ self: 0.5, onsite: 0.5 });
    expect(effectiveWeights(['self', 'onsite'], weights, { ...key, code: '1.1.1' })).toEqual({
      self: 0.2 / 0.7,
      onsite: 0.5 / 0.7,
    });
  });
});
