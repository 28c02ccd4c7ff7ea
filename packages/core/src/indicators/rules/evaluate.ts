import type { LocalizedText } from '../../errors.ts';
import type { VetoEffect } from '../vocabulary.ts';
import {
  formatNumber as n,
  formatPercent as pct,
  percentagePoints,
  roundPoints,
  roundTo,
} from './numbers.ts';
import { bestInSummary, type ComparisonSummary, NO_PEERS, rankInSummary, sameValue } from './peers.ts';
import type { RuleOf, ScoringRule } from './rule.schemas.ts';

/**
 * Scores one leaf indicator for one target from what was entered or measured, with a short
 * explanation of how the points came about (the trust of the whole system rests on every score
 * being explainable). Points stay within [0, maxPoints] and are rounded to 0.01. The
 * campaign-wide engine calls this per target and indicator; rank-based rules read the values of
 * all targets, `fallbackAverage` the points of the targets that have data.
 */

/** What was entered or measured for one target; each rule reads the field it needs. */
export type RuleInput = {
  /** `manual`: the points awarded. */
  points?: number | null;
  /** `grade`: the grade's label (Chinese or English, as in the rule). */
  grade?: string | null;
  /** `deductPerCase`, `deductTiered`, `bonusPerCase`, `veto`: cases found. */
  cases?: number | null;
  /** `veto`: whether a veto item occurred (alternative to `cases`). */
  triggered?: boolean | null;
  /** Threshold, rank, proportional and formula rules: the target's value (a ratio as 0.18). */
  value?: number | null;
  /** `surveyRate`: share of favourable answers, 0–1. */
  rate?: number | null;
};

/** What the other targets of the campaign have for the same indicator (`summariseComparison`). */
export type PeerContext = ComparisonSummary;

export type LeafScore = {
  /** null: the target has no data for this rule and cannot be scored by it. */
  points: number | null;
  explanation: LocalizedText;
  /** The veto that applies to the target because of this indicator. */
  veto: VetoEffect | null;
};

const score = (points: number, zh: string, en: string): LeafScore => ({
  points: roundPoints(points),
  explanation: { zh, en },
  veto: null,
});
const noData = (zh: string, en: string): LeafScore => ({ points: null, explanation: { zh, en }, veto: null });
const missing = noData('无数据，无法计分', 'no data; cannot be scored');
const pts = (points: number) => n(roundPoints(points), 2);

function clampTo(max: number, raw: number): { points: number; note: LocalizedText } {
  if (raw > max)
    return { points: max, note: { zh: `，超过满分按 ${n(max)} 分计`, en: `, capped at ${n(max)}` } };
  if (raw < 0) return { points: 0, note: { zh: '，低于 0 按 0 分计', en: ', floored at 0' } };
  return { points: raw, note: { zh: '', en: '' } };
}

function scoreManual(max: number, input: RuleInput): LeafScore {
  if (input.points == null) return missing;
  const { points, note } = clampTo(max, input.points);
  return score(points, `评分 ${n(input.points)} 分${note.zh}`, `${n(input.points)} points awarded${note.en}`);
}

function scoreGrade(rule: RuleOf<'grade'>, max: number, input: RuleInput): LeafScore {
  if (input.grade == null) return missing;
  const level = rule.levels.find((l) => l.label.zh === input.grade || l.label.en === input.grade);
  if (!level) {
    return noData(`等次“${input.grade}”不在本规则中`, `“${input.grade}” is not a grade of this rule`);
  }
  const points = level.fraction * max;
  return score(
    points,
    `评定为“${level.label.zh}”，得 ${pct(level.fraction)} × ${n(max)} = ${pts(points)} 分`,
    `Rated “${level.label.en || level.label.zh}”: ${pct(level.fraction)} × ${n(max)} = ${pts(points)}`,
  );
}

function scoreDeductPerCase(rule: RuleOf<'deductPerCase'>, max: number, cases: number): LeafScore {
  const raw = cases * rule.pointsPerCase;
  const limit = Math.min(max, rule.maxDeduction ?? max);
  const deducted = Math.min(raw, limit);
  const zhLimit = raw > limit ? (limit < max ? `，最多扣 ${n(limit)} 分` : '，扣完为止') : '';
  const enLimit = raw > limit ? (limit < max ? `, at most −${n(limit)}` : ', not below 0') : '';
  return score(
    max - deducted,
    `发现 ${cases} 例，每例扣 ${n(rule.pointsPerCase)} 分${zhLimit}，扣 ${pts(deducted)} 分，得 ${pts(max - deducted)} 分`,
    `${cases} case(s) at −${n(rule.pointsPerCase)} each${enLimit}: −${pts(deducted)}, ${pts(max - deducted)} points`,
  );
}

function scoreDeductTiered(rule: RuleOf<'deductTiered'>, max: number, cases: number): LeafScore {
  const tier = [...rule.tiers].reverse().find((t) => cases >= t.atLeast);
  if (!tier) return score(max, `未发现问题，得满分 ${n(max)} 分`, `No case: full ${n(max)} points`);
  if (tier.deduct === 'all') {
    return score(
      0,
      `发现 ${cases} 例，达到 ${tier.atLeast} 例档，不得分`,
      `${cases} case(s), tier of ${tier.atLeast}+: 0 points`,
    );
  }
  const deducted = Math.min(max, tier.deduct);
  return score(
    max - deducted,
    `发现 ${cases} 例，按 ${tier.atLeast} 例档扣 ${pts(deducted)} 分，得 ${pts(max - deducted)} 分`,
    `${cases} case(s), tier of ${tier.atLeast}+: −${pts(deducted)}, ${pts(max - deducted)} points`,
  );
}

function scoreBonus(rule: RuleOf<'bonusPerCase'>, max: number, cases: number): LeafScore {
  const raw = cases * rule.pointsPerCase;
  const capped = raw > max;
  const points = Math.min(raw, max);
  return score(
    points,
    `${cases} 例，每例加 ${n(rule.pointsPerCase)} 分${capped ? `，本项最多加 ${n(max)} 分` : ''}，加 ${pts(points)} 分`,
    `${cases} case(s) at +${n(rule.pointsPerCase)} each${capped ? `, capped at +${n(max)}` : ''}: +${pts(points)}`,
  );
}

function scoreThreshold(
  rule: RuleOf<'thresholdLinear'>,
  max: number,
  value: number,
  peers: PeerContext,
): LeafScore {
  const target = rule.target === 'peerAverage' ? peers.values.average : rule.target;
  if (target === null) return noData('无同类单位数据，无法确定目标值', 'no peer data to set the target');
  const percent = rule.unit === 'percent';
  const show = (v: number) => (percent ? pct(v) : n(v));
  const gap = rule.direction === 'atLeast' ? target - value : value - target;
  const units = percent ? percentagePoints(0, gap) : roundTo(gap, 6);
  const head = {
    zh: `实际 ${show(value)}，目标${rule.direction === 'atLeast' ? '不低于' : '不高于'} ${show(target)}`,
    en: `Actual ${show(value)}, target ${rule.direction === 'atLeast' ? 'at least' : 'at most'} ${show(target)}`,
  };
  if (units <= 0)
    return score(max, `${head.zh}，达标，得满分 ${n(max)} 分`, `${head.en}: met, full ${n(max)} points`);
  const deducted = Math.min(max, units * rule.pointsPerUnit);
  const unitZh = percent ? ' 个百分点' : '';
  const unitEn = percent ? ' percentage points' : '';
  const side = rule.direction === 'atLeast' ? { zh: '低', en: 'short' } : { zh: '高', en: 'over' };
  return score(
    max - deducted,
    `${head.zh}，${side.zh} ${n(units)}${unitZh}，扣 ${pts(deducted)} 分，得 ${pts(max - deducted)} 分`,
    `${head.en}: ${n(units)}${unitEn} ${side.en}, −${pts(deducted)}, ${pts(max - deducted)} points`,
  );
}

function scoreRank(
  rule: RuleOf<'rankPoints' | 'rankFromBottom'>,
  max: number,
  value: number,
  peers: PeerContext,
): LeafScore {
  const { rank, of } = rankInSummary(value, peers.values, rule.kind === 'rankPoints');
  const points = Math.max(rule.minPoints, max - (rank - 1) * rule.step);
  return score(
    points,
    `在 ${of} 个单位中排第 ${rank} 名，得 ${pts(points)} 分`,
    `Ranked ${rank} of ${of}: ${pts(points)} points`,
  );
}

function scoreProportional(
  rule: RuleOf<'proportionalToBest'>,
  max: number,
  value: number,
  peers: PeerContext,
): LeafScore {
  const best = bestInSummary(value, peers.values, rule.higherIsBetter);
  if (sameValue(value, best))
    return score(
      max,
      `本单位 ${n(value)} 为最优值，得满分 ${n(max)} 分`,
      `${n(value)} is the best value: full ${n(max)} points`,
    );
  // With the best at 0 (lower is better) any other value scores 0; a negative value has no meaning here.
  const share = rule.higherIsBetter ? (best > 0 ? value / best : 0) : value > 0 ? best / value : 0;
  const points = Math.max(0, Math.min(1, share)) * max;
  const formula = rule.higherIsBetter ? `${n(value)} ÷ ${n(best)}` : `${n(best)} ÷ ${n(value)}`;
  return score(
    points,
    `本单位 ${n(value)}，最优 ${n(best)}，得 ${n(max)} × ${formula} = ${pts(points)} 分`,
    `${n(value)} against the best ${n(best)}: ${n(max)} × ${formula} = ${pts(points)}`,
  );
}

function scoreFormula(rule: RuleOf<'formula'>, max: number, value: number): LeafScore {
  const raw = rule.output === 'fraction' ? value * max : value;
  const { points, note } = clampTo(max, raw);
  return rule.output === 'fraction'
    ? score(
        points,
        `公式结果 ${n(value)}，得 ${n(value)} × ${n(max)} = ${pts(raw)} 分${note.zh}`,
        `Formula gives ${n(value)}: ${n(value)} × ${n(max)} = ${pts(raw)}${note.en}`,
      )
    : score(points, `公式结果 ${pts(raw)} 分${note.zh}`, `Formula gives ${pts(raw)} points${note.en}`);
}

function scoreSurvey(rule: RuleOf<'surveyRate'>, max: number, rate: number): LeafScore {
  const share = Math.max(0, Math.min(1, (rate - rule.zeroRate) / (rule.fullRate - rule.zeroRate)));
  const points = share * max;
  return score(
    points,
    `满意率 ${pct(rate)}，得 ${pts(points)} 分`,
    `Favourable rate ${pct(rate)}: ${pts(points)} points`,
  );
}

function scoreVeto(rule: RuleOf<'veto'>, input: RuleInput): LeafScore {
  const triggered = input.triggered ?? (input.cases == null ? null : input.cases > 0);
  if (triggered === null) return missing;
  if (!triggered)
    return { points: 0, explanation: { zh: '未出现否决事项', en: 'Did not occur' }, veto: null };
  return {
    points: 0,
    explanation:
      rule.effect === 'capBelowExcellent'
        ? { zh: '出现一票否优事项，不能评为优秀', en: 'Occurred: cannot be rated excellent' }
        : { zh: '出现一票否决事项，评为最低等次', en: 'Occurred: lowest grade' },
    veto: rule.effect,
  };
}

const countOf = (input: RuleInput) =>
  input.cases == null || !Number.isFinite(input.cases) ? null : Math.max(0, Math.floor(input.cases));

/**
 * Scores one leaf. `maxPoints` is the node's points (the item cap for a bonus node); `peers`
 * holds the other targets' values or points for the rules that compare targets.
 */
export function scoreLeaf(
  rule: ScoringRule,
  maxPoints: number,
  input: RuleInput,
  peers: PeerContext = NO_PEERS,
): LeafScore {
  const max = maxPoints;
  const cases = countOf(input);
  const value = input.value == null || !Number.isFinite(input.value) ? null : input.value;
  switch (rule.kind) {
    case 'manual':
      return scoreManual(max, input);
    case 'grade':
      return scoreGrade(rule, max, input);
    case 'deductPerCase':
      return cases === null ? missing : scoreDeductPerCase(rule, max, cases);
    case 'deductTiered':
      return cases === null ? missing : scoreDeductTiered(rule, max, cases);
    case 'bonusPerCase':
      return cases === null ? missing : scoreBonus(rule, max, cases);
    case 'thresholdLinear':
      return value === null ? missing : scoreThreshold(rule, max, value, peers);
    case 'rankPoints':
    case 'rankFromBottom':
      return value === null ? missing : scoreRank(rule, max, value, peers);
    case 'proportionalToBest':
      return value === null ? missing : scoreProportional(rule, max, value, peers);
    case 'formula':
      return value === null ? missing : scoreFormula(rule, max, value);
    case 'surveyRate':
      return input.rate == null ? missing : scoreSurvey(rule, max, input.rate);
    case 'fallbackAverage': {
      const base = scoreLeaf(rule.base, max, input, peers);
      if (base.points !== null) return base;
      const average = peers.points.average;
      if (average === null)
        return noData('本单位及同类单位均无数据，无法计分', 'neither this target nor its peers have data');
      const count = peers.points.sorted.length;
      return score(
        average,
        `无数据，取 ${count} 个有数据单位的平均分 ${pts(average)} 分`,
        `No data: the average of ${count} target(s) with data, ${pts(average)} points`,
      );
    }
    case 'veto':
      return scoreVeto(rule, input);
  }
}
