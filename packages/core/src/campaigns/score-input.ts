import { z } from 'zod';
import type { LocalizedText } from '../errors.ts';
import { formatNumber } from '../indicators/rules/numbers.ts';
import type { GradeLevel, ScoringRule } from '../indicators/rules/rule.schemas.ts';
import { type RuleInputKind, ruleInputOf } from '../indicators/rules/rule-kinds.ts';
import type { IndicatorSource } from '../indicators/vocabulary.ts';
import { campaignSources } from './vocabulary.ts';

/**
 * What a scorer (the unit in its self-assessment, the team on site) enters for one leaf, and the
 * bounds each rule kind puts on it: points within [0, the indicator's points], a grade among the
 * rule's levels, a number of cases as a non-negative integer, a value, a rate in [0, 1], or
 * whether a veto occurred. The fields are those of the indicator core's `RuleInput`, so an entry
 * goes to `scoreLeaf` unchanged.
 */

export const MAX_CASES = 10000;

export const ScoreInputSchema = z.object({
  points: z.number().min(0).max(1000).nullable().optional(),
  grade: z.string().trim().max(20).nullable().optional(),
  cases: z.number().int().min(0).max(MAX_CASES).nullable().optional(),
  value: z.number().min(-1e12).max(1e12).nullable().optional(),
  rate: z.number().min(0).max(1).nullable().optional(),
  triggered: z.boolean().nullable().optional(),
});
export type ScoreInput = z.infer<typeof ScoreInputSchema>;

/** What may be entered for a rule. */
export type InputBounds =
  | { input: 'points'; min: 0; max: number }
  | { input: 'grade'; levels: GradeLevel[] }
  | { input: 'cases'; min: 0; max: number }
  | { input: 'value' }
  | { input: 'rate'; min: 0; max: 1 }
  | { input: 'triggered' };

const gradeLevelsOf = (rule: ScoringRule): GradeLevel[] => {
  if (rule.kind === 'grade') return rule.levels;
  if (rule.kind === 'fallbackAverage' && rule.base.kind === 'grade') return rule.base.levels;
  return [];
};

/** The bounds of what a scorer enters for a rule on an indicator worth `maxPoints`. */
export function ruleInputBounds(rule: ScoringRule, maxPoints: number): InputBounds {
  const input: RuleInputKind = ruleInputOf(rule);
  switch (input) {
    case 'points':
      return { input, min: 0, max: maxPoints };
    case 'grade':
      return { input, levels: gradeLevelsOf(rule) };
    case 'cases':
      return { input, min: 0, max: MAX_CASES };
    case 'rate':
      return { input, min: 0, max: 1 };
    default:
      return { input };
  }
}

export type ScoreInputProblemCode = 'missing' | 'outOfBounds' | 'unknownGrade';

/** What is wrong with an entry for a rule, or null when it is within bounds. */
export function checkScoreInput(
  rule: ScoringRule,
  maxPoints: number,
  entry: ScoreInput,
): { code: ScoreInputProblemCode; message: LocalizedText } | null {
  const bounds = ruleInputBounds(rule, maxPoints);
  const value = entry[bounds.input];
  if (value === null || value === undefined) {
    return { code: 'missing', message: missingText[bounds.input] };
  }
  if (bounds.input === 'points' && typeof value === 'number' && value > bounds.max) {
    const max = formatNumber(bounds.max);
    return {
      code: 'outOfBounds',
      message: { zh: `得分应在 0 到 ${max} 分之间`, en: `points must be between 0 and ${max}` },
    };
  }
  if (bounds.input === 'grade') {
    const ok = bounds.levels.some((l) => l.label.zh === value || l.label.en === value);
    if (!ok) {
      const zh = bounds.levels.map((l) => l.label.zh).join('、');
      const en = bounds.levels.map((l) => l.label.en || l.label.zh).join(', ');
      return {
        code: 'unknownGrade',
        message: { zh: `等次应为：${zh}`, en: `the grade must be one of: ${en}` },
      };
    }
  }
  return null;
}

const missingText: Record<RuleInputKind, LocalizedText> = {
  points: { zh: '未填写得分', en: 'no points entered' },
  grade: { zh: '未选择等次', en: 'no grade chosen' },
  cases: { zh: '未填写发现例数', en: 'no number of cases entered' },
  value: { zh: '未填写数值', en: 'no value entered' },
  rate: { zh: '未填写比例', en: 'no rate entered' },
  triggered: { zh: '未说明是否发生', en: 'not stated whether it occurred' },
};

/** The leaf of a frozen set as the entry checks read it. */
export type ScorableLeaf = {
  id: string;
  code: string;
  name: string;
  maxPoints: number;
  sources: readonly IndicatorSource[];
  rule: ScoringRule | null;
};

/** One problem of a set of entries, per indicator (null node: a problem of the whole form). */
export type EntryProblem = {
  code: ScoreInputProblemCode | 'unknownIndicator' | 'notForSource' | 'duplicate' | 'noRule';
  nodeId: string | null;
  nodeCode: string | null;
  message: LocalizedText;
};

const onNode = (leaf: ScorableLeaf, code: EntryProblem['code'], text: LocalizedText): EntryProblem => ({
  code,
  nodeId: leaf.id,
  nodeCode: leaf.code,
  message: {
    zh: `指标 ${leaf.code}“${leaf.name}”：${text.zh}`,
    en: `Indicator ${leaf.code} “${leaf.name}”: ${text.en}`,
  },
});

/**
 * Checks the entries one source made against the leaves that source scores: each such leaf has
 * one entry within its rule's bounds, and no entry names another indicator.
 */
export function checkLeafEntries(
  leaves: readonly ScorableLeaf[],
  entries: readonly { nodeId: string; score: ScoreInput }[],
  source: IndicatorSource,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const byId = new Map(leaves.map((l) => [l.id, l]));
  const seen = new Set<string>();
  const label = campaignSources.labels[source];
  for (const entry of entries) {
    const leaf = byId.get(entry.nodeId);
    if (!leaf) {
      problems.push({
        code: 'unknownIndicator',
        nodeId: entry.nodeId,
        nodeCode: null,
        message: {
          zh: '评分对应的指标不在本项目的指标体系中',
          en: 'A score names an indicator outside the campaign’s sets',
        },
      });
      continue;
    }
    if (seen.has(leaf.id)) problems.push(onNode(leaf, 'duplicate', { zh: '重复评分', en: 'scored twice' }));
    seen.add(leaf.id);
    if (!leaf.sources.includes(source)) {
      problems.push(
        onNode(leaf, 'notForSource', { zh: `不由${label.zh}评分`, en: `not scored by ${label.en}` }),
      );
    }
  }
  for (const leaf of leaves) {
    if (!leaf.sources.includes(source)) continue;
    if (!leaf.rule) {
      problems.push(onNode(leaf, 'noRule', { zh: '没有计分规则', en: 'has no scoring rule' }));
      continue;
    }
    const entry = entries.find((e) => e.nodeId === leaf.id);
    const problem = checkScoreInput(leaf.rule, leaf.maxPoints, entry?.score ?? {});
    if (problem) problems.push(onNode(leaf, problem.code, problem.message));
  }
  return problems;
}
