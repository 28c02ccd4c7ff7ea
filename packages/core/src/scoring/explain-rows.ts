import { campaignSources, externalRatingLevels } from '../campaigns/vocabulary.ts';
import type { LocalizedText } from '../errors.ts';
import { formatNumber as n, formatPercent as pct } from '../indicators/rules/numbers.ts';
import type { PlannedSet, ScoringPlan } from './campaign-plan.ts';
import type { NodeExplanation, SetExplanation } from './explain.ts';
import type { SourceEntryShown, SourceExplanation } from './explain-leaf.ts';
import type { CampaignScore, TargetScore } from './score-types.ts';

/**
 * The flat score table officials know, one row per leaf:
 * 项目 | 评分办法 | 核心指标 | 指标数据 | 平均值 | 排名 | 得分 | 同比去年.
 * 项目 is the first-level indicator; 指标数据 what each source entered; 平均值 and 排名 are the
 * leaf's average points and competition rank over the campaign's targets scored on that set;
 * 同比去年 the change from the previous campaign's points for the same indicator (library series
 * and code), null without one.
 */

/** A leaf's points in the previous campaign, by library series and stable code. */
export type PreviousPoints = { seriesId: string; code: string; points: number };

export type ExplanationRow = {
  setId: string;
  nodeId: string;
  code: string;
  /** 项目 */
  item: string;
  /** 评分办法 */
  method: LocalizedText;
  /** 核心指标 */
  indicator: string;
  /** 指标数据 */
  data: LocalizedText;
  /** 平均值 (points) */
  average: number | null;
  /** 排名 among `of` targets */
  rank: number | null;
  of: number;
  /** 得分 */
  points: number;
  maxPoints: number;
  /** 同比去年 */
  yearOnYear: number | null;
};

function entryText(entry: SourceEntryShown): LocalizedText {
  switch (entry.kind) {
    case 'levels': {
      const graded = entry.levels.filter((l) => l.level !== null);
      if (!graded.length) return { zh: '未评定', en: 'not rated' };
      return {
        zh: graded.map((l) => externalRatingLevels.labels[l.level ?? 'fair'].zh).join('、'),
        en: graded.map((l) => externalRatingLevels.labels[l.level ?? 'fair'].en).join(', '),
      };
    }
    case 'rate':
      return { zh: pct(entry.rate), en: pct(entry.rate) };
    case 'value':
      return { zh: n(entry.value), en: n(entry.value) };
    case 'entry': {
      const i = entry.input;
      if (i.points != null) return { zh: `${n(i.points)} 分`, en: `${n(i.points)} points` };
      if (i.grade != null) return { zh: i.grade, en: i.grade };
      if (i.cases != null) return { zh: `${i.cases} 例`, en: `${i.cases} case(s)` };
      if (i.value != null) return { zh: n(i.value), en: n(i.value) };
      if (i.rate != null) return { zh: pct(i.rate), en: pct(i.rate) };
      if (i.triggered != null)
        return i.triggered ? { zh: '发生', en: 'occurred' } : { zh: '未发生', en: 'did not occur' };
      return { zh: '未填写', en: 'empty' };
    }
  }
}

function dataText(sources: readonly SourceExplanation[]): LocalizedText {
  if (!sources.length) return { zh: '无数据', en: 'no data' };
  const parts = sources.map((s) => ({ label: campaignSources.labels[s.source], text: entryText(s.entry) }));
  return {
    zh: parts.map((p) => `${p.label.zh} ${p.text.zh}`).join('；'),
    en: parts.map((p) => `${p.label.en}: ${p.text.en}`).join('; '),
  };
}

/** Per node of a set: the sum of the targets' points and their cents sorted from high to low. */
type SetStandings = { count: number; sums: Float64Array; sorted: Int32Array[] };

/**
 * Standings are kept per score object and set (scores are immutable values), so explaining many
 * targets of one campaign sorts each indicator's points once.
 */
const standingsCache = new WeakMap<CampaignScore, Map<string, SetStandings>>();

function setStandings(score: CampaignScore, plan: ScoringPlan, ps: PlannedSet): SetStandings {
  const bySet = standingsCache.get(score) ?? new Map<string, SetStandings>();
  standingsCache.set(score, bySet);
  const cached = bySet.get(ps.set.id);
  if (cached) return cached;
  const count = ps.targets.length;
  const columns = Array.from({ length: ps.nodeCount }, () => new Int32Array(count));
  const sums = new Float64Array(ps.nodeCount);
  ps.targets.forEach((tj, r) => {
    const t = score.targets[tj] as TargetScore;
    const points = (t.sets[(plan.targetSets[tj] as PlannedSet[]).indexOf(ps)] as TargetScore['sets'][number])
      .nodePoints;
    for (let k = 0; k < ps.nodeCount; k++) {
      const p = points[k] as number;
      sums[k] = (sums[k] as number) + p;
      (columns[k] as Int32Array)[r] = Math.round(p * 100);
    }
  });
  const sorted = columns.map((c) => c.sort().reverse());
  const out = { count, sums, sorted };
  bySet.set(ps.set.id, out);
  return out;
}

/** 1 + the number of cents in `desc` (high to low) strictly above `mine`. */
function rankIn(desc: Int32Array, mine: number): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((desc[mid] as number) > mine) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** The flat rows of one target (leaves in tree order, set by set). */
export function explanationRows(
  plan: ScoringPlan,
  score: CampaignScore,
  ti: number,
  sets: readonly SetExplanation[],
  previous: readonly PreviousPoints[],
): ExplanationRow[] {
  const before = new Map(previous.map((p) => [`${p.seriesId}:${p.code}`, p.points]));
  const rows: ExplanationRow[] = [];
  (plan.targetSets[ti] as PlannedSet[]).forEach((ps, k) => {
    const set = sets[k] as SetExplanation;
    const leaves: { node: NodeExplanation; item: string }[] = [];
    const walk = (node: NodeExplanation, item: string) => {
      if (!node.children.length) leaves.push({ node, item });
      for (const child of node.children) walk(child, item);
    };
    for (const top of set.nodes) walk(top, top.name);
    const table = setStandings(score, plan, ps);
    const of = table.count;
    for (const { node, item } of leaves) {
      const index = ps.nodeIndex.get(node.nodeId) as number;
      const average = of ? Math.round(((table.sums[index] as number) / of) * 100) / 100 : null;
      const rank = of ? rankIn(table.sorted[index] as Int32Array, Math.round(node.points * 100)) : null;
      const last = before.get(`${ps.set.source.seriesId}:${node.code}`);
      rows.push({
        setId: set.setId,
        nodeId: node.nodeId,
        code: node.code,
        item,
        method: node.rule ?? { zh: '', en: '' },
        indicator: node.name,
        data: dataText(node.sources),
        average,
        rank,
        of,
        points: node.points,
        maxPoints: node.maxPoints,
        yearOnYear: last === undefined ? null : Math.round((node.points - last) * 100) / 100,
      });
    }
  });
  return rows;
}
