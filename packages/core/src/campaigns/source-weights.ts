import { z } from 'zod';
import { IndicatorSourceSchema } from '../indicators/indicators.schemas.ts';
import type { IndicatorSource } from '../indicators/vocabulary.ts';
import { msg, type Problem, SUM_TOLERANCE } from './messages.ts';
import { campaignSources } from './vocabulary.ts';

/**
 * How much each source (自评, 实地, 外部, 民意, 台账) counts in an indicator's score. A campaign
 * sets the weights once (global) and may override them per indicator. An indicator only uses the
 * sources it allows (`node.sources`), so the weights that apply to it are renormalised:
 *
 * - take the override of the indicator if there is one, else the global weights;
 * - keep the sources the indicator allows;
 * - divide by their sum so they add up to 1;
 * - when none of its sources has a weight (e.g. global weights only for self and onsite, an
 *   indicator fed by the survey alone), split equally among its sources.
 *
 * Global weights must add up to 1 over the sources they name; an override must name only
 * sources its indicator allows and add up to 1 over them.
 */

/** Weight per source in [0, 1]; absent sources weigh 0. */
export const SourceWeightMapSchema = z
  .partialRecord(IndicatorSourceSchema, z.number().min(0).max(1))
  .superRefine((weights, ctx) => {
    const sum = Object.values(weights).reduce<number>((s, w) => s + (w ?? 0), 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        message: msg(
          `各来源权重之和应为 1，现为 ${round(sum)}`,
          `source weights must add up to 1, not ${round(sum)}`,
        ),
      });
    }
  });
export type SourceWeightMap = z.infer<typeof SourceWeightMapSchema>;

/** Per-indicator weights, keyed by the library set and the indicator's stable code. */
export const SourceWeightOverrideSchema = z.object({
  /** The library set chosen for the campaign (its frozen copy keeps the same codes). */
  setId: z.uuid(),
  code: z
    .string()
    .regex(/^\d+(\.\d+)*$/, msg('指标编码格式应如 1.2.3', 'an indicator code looks like 1.2.3')),
  weights: SourceWeightMapSchema,
});
export type SourceWeightOverride = z.infer<typeof SourceWeightOverrideSchema>;

export const SourceWeightsSchema = z
  .object({
    global: SourceWeightMapSchema,
    overrides: z.array(SourceWeightOverrideSchema).max(500).default([]),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.overrides.forEach((o, i) => {
      const key = `${o.setId}:${o.code}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', i, 'code'],
          message: msg(`指标 ${o.code} 的权重重复设置`, `indicator ${o.code} has two overrides`),
        });
      }
      seen.add(key);
    });
  });
export type SourceWeights = z.infer<typeof SourceWeightsSchema>;

/** 自评 20 %, 实地 50 %, 外部 15 %, 民意 15 %; registry-fed indicators renormalise to 台账 alone. */
export const defaultSourceWeights: SourceWeights = {
  global: { self: 0.2, onsite: 0.5, external: 0.15, survey: 0.15 },
  overrides: [],
};

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** The weights that apply to one indicator: renormalised over the sources it allows. */
export function effectiveWeights(
  allowed: readonly IndicatorSource[],
  weights: SourceWeights,
  key: { setId: string; code: string },
): Partial<Record<IndicatorSource, number>> {
  const sources = campaignSources.codes.filter((s) => allowed.includes(s));
  if (sources.length === 0) return {};
  const override = weights.overrides.find((o) => o.setId === key.setId && o.code === key.code);
  const base = override?.weights ?? weights.global;
  const sum = sources.reduce((s, src) => s + (base[src] ?? 0), 0);
  const out: Partial<Record<IndicatorSource, number>> = {};
  for (const src of sources) out[src] = sum > 0 ? (base[src] ?? 0) / sum : 1 / sources.length;
  return out;
}

/** The part of a library node an override is checked against. */
export type WeightedNode = { code: string; sources: readonly IndicatorSource[]; isLeaf: boolean };

/**
 * Checks overrides against the chosen sets: the indicator exists and is a leaf, and the override
 * names only sources the indicator allows.
 */
export function checkWeightOverrides(
  overrides: readonly SourceWeightOverride[],
  nodesBySet: ReadonlyMap<string, readonly WeightedNode[]>,
): Problem<'unknownIndicator' | 'notLeaf' | 'sourceNotAllowed'>[] {
  const problems: Problem<'unknownIndicator' | 'notLeaf' | 'sourceNotAllowed'>[] = [];
  overrides.forEach((o, i) => {
    const field = `sourceWeights.overrides.${i}`;
    const node = nodesBySet.get(o.setId)?.find((n) => n.code === o.code);
    if (!node) {
      problems.push({
        code: 'unknownIndicator',
        field,
        message: {
          zh: `所选指标体系中没有指标 ${o.code}`,
          en: `The chosen sets have no indicator ${o.code}`,
        },
      });
      return;
    }
    if (!node.isLeaf) {
      problems.push({
        code: 'notLeaf',
        field,
        message: {
          zh: `指标 ${o.code} 不是末级指标，不能单独设置权重`,
          en: `Indicator ${o.code} is not a leaf; only leaves take their own weights`,
        },
      });
    }
    for (const [src, weight] of Object.entries(o.weights) as [IndicatorSource, number][]) {
      if (weight > 0 && !node.sources.includes(src)) {
        const label = campaignSources.labels[src];
        problems.push({
          code: 'sourceNotAllowed',
          field: `${field}.weights.${src}`,
          message: {
            zh: `指标 ${o.code} 不采用“${label.zh}”，不能为其设置权重`,
            en: `Indicator ${o.code} does not use ${label.en}; it cannot weigh it`,
          },
        });
      }
    }
  });
  return problems;
}
