import type { IndicatorRole, RuleKind } from '../vocabulary.ts';
import type { GradeLevel, ScoringRule } from './rule.schemas.ts';

/**
 * What the editor and the scoring forms need to know about each rule kind besides its
 * parameters: which node roles may use it, what a scorer enters, whether it compares targets
 * with each other, and a sensible starting rule when the user picks the kind.
 */

/**
 * What a scorer (or the registry) supplies for one target: points, a grade, a number of cases,
 * a value (ratio, measure, rank value, formula result), a survey rate, or whether a veto applies.
 */
export type RuleInputKind = 'points' | 'grade' | 'cases' | 'value' | 'rate' | 'triggered';

type KindInfo = {
  roles: readonly IndicatorRole[];
  input: RuleInputKind;
  /** Scores depend on the other targets of the campaign (ranks, best value, peer average). */
  comparesTargets: boolean;
};

const scored = ['scored'] as const;

export const ruleKindInfo: Record<RuleKind, KindInfo> = {
  manual: { roles: ['scored', 'bonus'], input: 'points', comparesTargets: false },
  grade: { roles: scored, input: 'grade', comparesTargets: false },
  deductPerCase: { roles: scored, input: 'cases', comparesTargets: false },
  deductTiered: { roles: scored, input: 'cases', comparesTargets: false },
  bonusPerCase: { roles: ['bonus'], input: 'cases', comparesTargets: false },
  thresholdLinear: { roles: scored, input: 'value', comparesTargets: false },
  rankPoints: { roles: scored, input: 'value', comparesTargets: true },
  rankFromBottom: { roles: scored, input: 'value', comparesTargets: true },
  proportionalToBest: { roles: scored, input: 'value', comparesTargets: true },
  formula: { roles: ['scored', 'bonus'], input: 'value', comparesTargets: false },
  surveyRate: { roles: scored, input: 'rate', comparesTargets: false },
  fallbackAverage: { roles: scored, input: 'value', comparesTargets: true },
  veto: { roles: ['veto'], input: 'triggered', comparesTargets: false },
};

/** What a scorer enters for a rule (a fallback rule takes its base rule's input). */
export const ruleInputOf = (rule: ScoringRule): RuleInputKind =>
  rule.kind === 'fallbackAverage' ? ruleKindInfo[rule.base.kind].input : ruleKindInfo[rule.kind].input;

/**
 * Whether a leaf with this rule can take a 台账取数 formula: the rule reads a value or a number of
 * cases, which a formula on registry measures can give (a formula rule reads the registry itself).
 */
export function takesRegistryFormula(rule: ScoringRule): boolean {
  const input = ruleInputOf(rule);
  return rule.kind !== 'formula' && (input === 'value' || input === 'cases');
}

/** Whether a rule needs the other targets' values (or points) to score one target. */
export const comparesTargets = (rule: ScoringRule): boolean =>
  rule.kind === 'thresholdLinear' ? rule.target === 'peerAverage' : ruleKindInfo[rule.kind].comparesTargets;

/** The rule kinds a node of this role may use, in menu order. */
export const ruleKindsForRole = (role: IndicatorRole): RuleKind[] =>
  (Object.keys(ruleKindInfo) as RuleKind[]).filter((kind) => ruleKindInfo[kind].roles.includes(role));

/** 好/较好/一般/差 → 100/80/60/0 % (DOMAIN.md §2.7 A1.1). */
export const defaultGradeLevels: GradeLevel[] = [
  { label: { zh: '好', en: 'Good' }, fraction: 1 },
  { label: { zh: '较好', en: 'Fairly good' }, fraction: 0.8 },
  { label: { zh: '一般', en: 'Fair' }, fraction: 0.6 },
  { label: { zh: '差', en: 'Poor' }, fraction: 0 },
];

/** A starting rule of each kind, as the editor fills it in when the user picks the kind. */
export function defaultRule(kind: RuleKind): ScoringRule {
  switch (kind) {
    case 'manual':
      return { kind };
    case 'grade':
      return { kind, levels: defaultGradeLevels.map((l) => ({ ...l, label: { ...l.label } })) };
    case 'deductPerCase':
      return { kind, pointsPerCase: 0.5, maxDeduction: null };
    case 'deductTiered':
      return {
        kind,
        tiers: [
          { atLeast: 1, deduct: 0.5 },
          { atLeast: 2, deduct: 'all' },
        ],
      };
    case 'bonusPerCase':
      return { kind, pointsPerCase: 0.5 };
    case 'thresholdLinear':
      return { kind, direction: 'atLeast', target: 0.2, unit: 'percent', pointsPerUnit: 0.1 };
    case 'rankPoints':
    case 'rankFromBottom':
      return { kind, step: 0.1, minPoints: 0 };
    case 'proportionalToBest':
      return { kind, higherIsBetter: true };
    case 'formula':
      return { kind, expression: 'if(overQuota > 0, 0, 1)', output: 'fraction' };
    case 'surveyRate':
      return { kind, zeroRate: 0, fullRate: 1 };
    case 'fallbackAverage':
      return {
        kind,
        base: {
          kind: 'thresholdLinear',
          direction: 'atLeast',
          target: 0.5,
          unit: 'percent',
          pointsPerUnit: 0.1,
        },
      };
    case 'veto':
      return { kind, effect: 'capBelowExcellent' };
  }
}
