import { analyzeEntropy } from '@bianping/core/analytics/entropy';
import { analyzeFuzzy } from '@bianping/core/analytics/fuzzy';
import { kendallTauB, spearmanRho } from '@bianping/core/analytics/rank-correlation';
import { analyzeTopsis, ranksDescending } from '@bianping/core/analytics/topsis';
import { FREE_ITEM_POINTS } from '@bianping/core/campaigns/external';
import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import { externalFreeItems, externalRatingLevels } from '@bianping/core/campaigns/vocabulary';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import type {
  FuzzyCampaignInput,
  FuzzyCampaignResult,
  LensInput,
  LensResult,
} from '@bianping/core/scoring/api';
import type { Db } from '../../db/client.ts';
import type { CampaignRow } from '../campaigns/campaigns.queries.ts';
import { mappingOf } from '../campaigns/external-items.ts';
import { loadExternalRows, loadFrozenSetsOf, loadStoredScores, loadTargets } from './scoring.queries.ts';
import { firstLevelOf } from './scoring-results.ts';

/**
 * The multi-criteria lenses over a campaign's stored first-level points, beside the official
 * ranking, and the fuzzy comprehensive evaluation of its external ratings. Both read only; the
 * official result is never changed by a lens.
 */

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);
const scoresLabel = { zh: '综合评定结果', en: 'Overall scores' };

type Criterion = {
  key: string;
  setId: string;
  code: string;
  name: string;
  index: number;
  maxPoints: number;
  role: string;
};

function criteriaOf(
  sets: readonly FrozenSet[],
  wanted: readonly string[] | undefined,
  setIdsOfAll: Set<string>,
) {
  const all: Criterion[] = sets.flatMap((s) =>
    firstLevelOf(s).map(({ n, index }) => ({
      key: `${s.id}/${n.code}`,
      setId: s.id,
      code: n.code,
      name: n.name,
      index,
      maxPoints: n.maxPoints,
      role: n.role,
    })),
  );
  if (!wanted) return all.filter((c) => setIdsOfAll.has(c.setId) && c.maxPoints > 0 && c.role === 'scored');
  return wanted.map((key, i) => {
    const found = all.find((c) => c.key === key);
    if (!found)
      throw invalid(
        `criteria[${i}]`,
        `指标 ${key} 不是本项目的一级指标`,
        `${key} is not a first-level indicator of the campaign`,
      );
    return found;
  });
}

export async function runLens(db: Db, campaign: CampaignRow, body: LensInput): Promise<LensResult> {
  if (body.method === 'entropy' && body.normalization === 'vector')
    throw invalid(
      'normalization',
      '熵权法不支持向量标准化（可选 minmax 或 none）',
      'Entropy weights take minmax or none, not vector',
    );
  const [sets, stored, targets] = await Promise.all([
    loadFrozenSetsOf(db, campaign.id),
    loadStoredScores(db, campaign.id),
    loadTargets(db, campaign.id),
  ]);
  if (stored.length === 0) throw notFound(scoresLabel, 'scores');
  const names = new Map(targets.map((t) => [t.unitId, t.name]));
  const pool = stored.filter((s) => !body.category || s.result.category === body.category);
  const shared = new Set(
    sets.map((s) => s.id).filter((id) => pool.every((p) => p.result.sets.some((x) => x.setId === id))),
  );
  const criteria = criteriaOf(sets, body.criteria, shared);
  if (criteria.length === 0)
    throw invalid('criteria', '没有可比较的一级指标', 'No first-level indicator to compare on');
  const rows = pool.filter((p) => criteria.every((c) => p.result.sets.some((x) => x.setId === c.setId)));
  if (rows.length < 2)
    throw invalid(
      'criteria',
      '至少需要 2 个评估对象具有所选指标',
      'At least 2 targets must have the chosen indicators',
    );
  const matrix = rows.map((r) =>
    criteria.map((c) => r.result.sets.find((x) => x.setId === c.setId)?.nodePoints[c.index] ?? 0),
  );
  let weights: number[];
  let lensScores: number[];
  let lensRanks: number[];
  if (body.method === 'entropy') {
    const normalization = body.normalization === 'none' ? 'none' : 'minmax';
    weights = analyzeEntropy({ matrix, normalization }).weights;
    lensScores = matrix.map((row) =>
      row.reduce((s, x, j) => s + (weights[j] ?? 0) * (x / (criteria[j]?.maxPoints || 1)), 0),
    );
    lensRanks = ranksDescending(lensScores);
  } else {
    const raw =
      body.weighting === 'equal'
        ? criteria.map(() => 1)
        : body.weighting === 'entropy'
          ? analyzeEntropy({ matrix }).weights
          : criteria.map((c) => c.maxPoints);
    const sum = raw.reduce((s, w) => s + w, 0);
    weights = raw.map((w) => w / sum);
    const out = analyzeTopsis({
      matrix,
      weights,
      benefit: criteria.map(() => true),
      normalization: body.normalization ?? 'vector',
    });
    lensScores = out.closeness;
    lensRanks = out.rank;
  }
  const totals = rows.map((r) => r.result.total);
  const officialAmong = ranksDescending(totals.map((t) => Math.round(t * 100)));
  const out = rows.map((r, i) => ({
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? '',
    total: r.result.total,
    officialRank: r.result.rank,
    lensScore: lensScores[i] as number,
    lensRank: lensRanks[i] as number,
    difference: (officialAmong[i] as number) - (lensRanks[i] as number),
  }));
  out.sort((a, b) => a.lensRank - b.lensRank || a.officialRank - b.officialRank);
  return {
    method: body.method,
    criteria: criteria.map((c, j) => ({
      key: c.key,
      setId: c.setId,
      code: c.code,
      name: c.name,
      weight: weights[j] as number,
    })),
    rows: out,
    spearmanRho: spearmanRho(totals, lensScores),
    kendallTau: kendallTauB(totals, lensScores),
    n: rows.length,
  };
}

/**
 * Fuzzy comprehensive evaluation of the external ratings: per target, one membership row per
 * rated item (the share of its raters who chose 好 / 较好 / 一般; ungraded raters left out), item
 * weights proportional to the item's points (a free item counts 100, as its rating is a
 * percentage), the grade scores the campaign's mapping in percent.
 */
export async function runFuzzy(
  db: Db,
  campaign: CampaignRow,
  body: FuzzyCampaignInput,
): Promise<FuzzyCampaignResult> {
  const [sets, targets, ratings] = await Promise.all([
    loadFrozenSetsOf(db, campaign.id),
    loadTargets(db, campaign.id, body.unitId),
    loadExternalRows(db, campaign.id, body.unitId),
  ]);
  if (body.unitId && targets.length === 0) throw notFound({ zh: '评估对象', en: 'Target' }, 'unitId');
  const levels = [...externalRatingLevels.codes];
  const mapping = mappingOf(campaign);
  const levelScores = levels.map((l) => Math.round(mapping[l] * 10000) / 100);
  const nodes = new Map(sets.flatMap((s) => s.nodes.map((n) => [`${s.id}:${n.code}`, n] as const)));
  const results: FuzzyCampaignResult['targets'] = [];
  for (const t of targets) {
    const items = new Map<
      string,
      { key: string; label: { zh: string; en: string }; points: number; counts: number[]; raters: number }
    >();
    for (const r of ratings) {
      if (r.unitId !== t.unitId || r.level === null) continue;
      let item = items.get(r.itemKey);
      if (!item) {
        const node =
          r.item.kind === 'indicator' ? nodes.get(`${r.item.setId}:${r.item.nodeCode}`) : undefined;
        const free =
          r.item.kind === 'free'
            ? externalFreeItems.labels[r.item.item as keyof typeof externalFreeItems.labels]
            : null;
        item = {
          key: r.itemKey,
          label: free ?? {
            zh: `${node?.code ?? ''} ${node?.name ?? ''}`.trim(),
            en: `${node?.code ?? ''} ${node?.name ?? ''}`.trim(),
          },
          points: free ? FREE_ITEM_POINTS : (node?.maxPoints ?? 0),
          counts: levels.map(() => 0),
          raters: 0,
        };
        items.set(r.itemKey, item);
      }
      const k = levels.indexOf(r.level as (typeof levels)[number]);
      if (k >= 0) item.counts[k] = (item.counts[k] ?? 0) + 1;
      item.raters++;
    }
    const rows = [...items.values()].filter((i) => i.points > 0);
    if (rows.length === 0) continue;
    const sum = rows.reduce((s, i) => s + i.points, 0);
    const shown = rows.map((i) => ({
      key: i.key,
      label: i.label,
      points: i.points,
      weight: i.points / sum,
      membership: i.counts.map((c) => c / i.raters),
      raters: i.raters,
    }));
    const out = analyzeFuzzy({
      weights: shown.map((i) => i.weight),
      membership: shown.map((i) => i.membership),
      operator: body.operator,
      gradeScores: levelScores,
    });
    results.push({
      unitId: t.unitId,
      unitName: t.name,
      items: body.unitId ? shown : null,
      vector: out.vector,
      normalized: out.normalized,
      grade: levels[out.grade] as (typeof levels)[number],
      score: out.score ?? 0,
    });
  }
  return { levels, levelScores, targets: results };
}
