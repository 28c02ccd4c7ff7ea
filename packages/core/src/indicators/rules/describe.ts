import type { LocalizedText } from '../../errors.ts';
import { vetoEffects } from '../vocabulary.ts';
import { formatNumber as n, formatPercent as pct } from './numbers.ts';
import type { DeductionTier, GradeLevel, RuleOf, ScoringRule } from './rule.schemas.ts';

/**
 * The plain-language description of a rule (评分办法), generated from its parameters so that it
 * can never disagree with how the score is computed. With the indicator's points it also spells
 * out the resulting figures (好 6 分、较好 4.8 分 …).
 */

const en = (level: GradeLevel) => level.label.en || level.label.zh;

function describeGrade(rule: RuleOf<'grade'>, max: number | null): LocalizedText {
  const zh = rule.levels.map((l) => `${l.label.zh} ${pct(l.fraction)}`).join('、');
  const english = rule.levels.map((l) => `${en(l)} ${pct(l.fraction)}`).join(', ');
  if (max === null) {
    return { zh: `按等次折算满分：${zh}`, en: `By grade, as a share of the points: ${english}` };
  }
  const points = rule.levels.map((l) => n(l.fraction * max, 2));
  return {
    zh: `按等次折算满分：${zh}（即 ${points.join('、')} 分）`,
    en: `By grade, as a share of the points: ${english} (${points.join(', ')} points)`,
  };
}

function tierRange(tier: DeductionTier, next: DeductionTier | undefined): LocalizedText {
  if (!next) return { zh: `${tier.atLeast} 例及以上`, en: `${tier.atLeast} or more cases` };
  const last = next.atLeast - 1;
  if (last === tier.atLeast) {
    return { zh: `${tier.atLeast} 例`, en: tier.atLeast === 1 ? '1 case' : `${tier.atLeast} cases` };
  }
  return { zh: `${tier.atLeast}–${last} 例`, en: `${tier.atLeast}–${last} cases` };
}

function describeTiers(rule: RuleOf<'deductTiered'>): LocalizedText {
  const parts = rule.tiers.map((tier, i) => {
    const range = tierRange(tier, rule.tiers[i + 1]);
    return tier.deduct === 'all'
      ? { zh: `${range.zh}不得分`, en: `${range.en} → 0` }
      : { zh: `${range.zh}扣 ${n(tier.deduct)} 分`, en: `${range.en} −${n(tier.deduct)}` };
  });
  return {
    zh: `出现 ${parts.map((p) => p.zh).join('；')}`,
    en: `${parts.map((p) => p.en).join('; ')}`,
  };
}

function describeThreshold(rule: RuleOf<'thresholdLinear'>): LocalizedText {
  const percent = rule.unit === 'percent';
  const target =
    rule.target === 'peerAverage'
      ? { zh: '同类平均水平', en: 'the peer average' }
      : {
          zh: ` ${percent ? pct(rule.target) : n(rule.target)} `,
          en: percent ? pct(rule.target) : n(rule.target),
        };
  const step = percent ? { zh: ' 1 个百分点', en: 'percentage point' } : { zh: ' 1 ', en: 'unit' };
  const k = n(rule.pointsPerUnit);
  return rule.direction === 'atLeast'
    ? {
        zh: `不低于${target.zh}得满分，每低${step.zh}扣 ${k} 分，扣完为止`,
        en: `Full points at ${target.en} or more; −${k} per ${step.en} short, not below 0`,
      }
    : {
        zh: `不高于${target.zh}得满分，每高${step.zh}扣 ${k} 分，扣完为止`,
        en: `Full points at ${target.en} or less; −${k} per ${step.en} over, not below 0`,
      };
}

function describeRank(rule: RuleOf<'rankPoints' | 'rankFromBottom'>, max: number | null): LocalizedText {
  const fromTop = rule.kind === 'rankPoints';
  const order = fromTop
    ? { zh: '按数值由高到低排名', en: 'Ranked by value, highest first' }
    : { zh: '按数值由低到高排名', en: 'Ranked by value, lowest first' };
  const floor = {
    zh: rule.minPoints > 0 ? `最低 ${n(rule.minPoints)} 分` : '减完为止',
    en: `not below ${n(rule.minPoints)}`,
  };
  const step = n(rule.step);
  if (max === null) {
    return {
      zh: `${order.zh}：第 1 名得满分，每后一名减 ${step} 分，${floor.zh}；并列名次得分相同`,
      en: `${order.en}: 1st gets the full points, each next place ${step} less, ${floor.en}; ties share a place`,
    };
  }
  const first = [0, 1, 2].map((i) => n(Math.max(rule.minPoints, max - i * rule.step), 2));
  return {
    zh: `${order.zh}：第 1、2、3 名分别得 ${first.join('、')} 分，每后一名减 ${step} 分，${floor.zh}；并列名次得分相同`,
    en: `${order.en}: 1st, 2nd, 3rd get ${first.join(', ')}, each next place ${step} less, ${floor.en}; ties share a place`,
  };
}

function describeFormula(rule: RuleOf<'formula'>, max: number | null): LocalizedText {
  const cap = max === null ? { zh: '满分', en: 'the full points' } : { zh: `${n(max)} 分`, en: `${n(max)}` };
  return rule.output === 'fraction'
    ? {
        zh: `按公式计算得分率（1 为满分）：${rule.expression}；结果限于 0 至 1`,
        en: `Share of the points by formula (1 = full): ${rule.expression}; limited to 0–1`,
      }
    : {
        zh: `按公式计算得分：${rule.expression}；结果限于 0 至 ${cap.zh}`,
        en: `Points by formula: ${rule.expression}; limited to 0–${cap.en}`,
      };
}

function describeSurvey(rule: RuleOf<'surveyRate'>): LocalizedText {
  if (rule.zeroRate === 0 && rule.fullRate === 1) {
    return { zh: '按满意率折算：得分 = 满意率 × 满分', en: 'Points = favourable rate × full points' };
  }
  return {
    zh: `满意率达到 ${pct(rule.fullRate)} 得满分，不高于 ${pct(rule.zeroRate)} 不得分，其间按比例折算`,
    en: `Full points at a favourable rate of ${pct(rule.fullRate)} or more, none at ${pct(rule.zeroRate)} or less, linear in between`,
  };
}

/** The description of a rule in Chinese and English; `maxPoints` adds the resulting figures. */
export function describeRule(rule: ScoringRule, maxPoints: number | null = null): LocalizedText {
  switch (rule.kind) {
    case 'manual':
      return maxPoints === null
        ? { zh: '评估人员在满分范围内直接评分', en: 'Evaluators award points up to the full points' }
        : {
            zh: `评估人员在 0 至 ${n(maxPoints)} 分之间直接评分`,
            en: `Evaluators award 0 to ${n(maxPoints)} points`,
          };
    case 'grade':
      return describeGrade(rule, maxPoints);
    case 'deductPerCase': {
      const per = n(rule.pointsPerCase);
      return rule.maxDeduction === null
        ? { zh: `每发现一例扣 ${per} 分，扣完为止`, en: `−${per} per case, not below 0` }
        : {
            zh: `每发现一例扣 ${per} 分，最多扣 ${n(rule.maxDeduction)} 分`,
            en: `−${per} per case, at most −${n(rule.maxDeduction)} in all`,
          };
    }
    case 'deductTiered':
      return describeTiers(rule);
    case 'bonusPerCase': {
      const per = n(rule.pointsPerCase);
      const cap = maxPoints === null ? null : n(maxPoints);
      return cap === null
        ? {
            zh: `每例加 ${per} 分，受本项及整套加分上限约束`,
            en: `+${per} per case, within the item’s and the set’s bonus caps`,
          }
        : {
            zh: `每例加 ${per} 分，本项最多加 ${cap} 分，并受整套加分上限约束`,
            en: `+${per} per case, at most +${cap} for this item and within the set’s bonus cap`,
          };
    }
    case 'thresholdLinear':
      return describeThreshold(rule);
    case 'rankPoints':
    case 'rankFromBottom':
      return describeRank(rule, maxPoints);
    case 'proportionalToBest':
      return rule.higherIsBetter
        ? {
            zh: '数值最高者得满分，其余按“本单位数值 ÷ 最高值”折算',
            en: 'The highest value gets the full points, the others points × value ÷ highest',
          }
        : {
            zh: '数值最低者得满分，其余按“最低值 ÷ 本单位数值”折算',
            en: 'The lowest value gets the full points, the others points × lowest ÷ value',
          };
    case 'formula':
      return describeFormula(rule, maxPoints);
    case 'surveyRate':
      return describeSurvey(rule);
    case 'fallbackAverage': {
      const base = describeRule(rule.base, maxPoints);
      return {
        zh: `${base.zh}；无数据时取有数据单位得分的平均值`,
        en: `${base.en}; without data, the average points of the targets that have data`,
      };
    }
    case 'veto':
      return rule.effect === 'capBelowExcellent'
        ? {
            zh: `${vetoEffects.labels.capBelowExcellent.zh}：出现即不能评为优秀`,
            en: 'If it occurs, the target cannot be rated excellent',
          }
        : {
            zh: `${vetoEffects.labels.forceLowest.zh}：出现即评为最低等次`,
            en: 'If it occurs, the target gets the lowest grade',
          };
  }
}
