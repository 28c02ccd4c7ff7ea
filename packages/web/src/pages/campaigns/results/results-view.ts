import type { CampaignGrade } from '@bianping/core/campaigns/vocabulary';
import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import type { CampaignScores, ScoreRankingRow } from '../../../api/scoring.ts';

/** 优秀 green … 不合格 red, as antd tag colours; the charts use the matching hex values. */
export const gradeTagColors: Record<CampaignGrade, string> = {
  excellent: 'success',
  good: 'processing',
  pass: 'warning',
  fail: 'error',
};
export const gradeHex: Record<CampaignGrade, string> = {
  excellent: '#52c41a',
  good: '#1677ff',
  pass: '#faad14',
  fail: '#ff4d4f',
};

export type RankingFilter = { category?: UnitCategory; grade?: CampaignGrade };

export const filterRows = (rows: readonly ScoreRankingRow[], filter: RankingFilter) =>
  rows.filter(
    (r) =>
      (!filter.category || r.category === filter.category) && (!filter.grade || r.grade === filter.grade),
  );

/** A first-level indicator as a column of the heatmap and an axis of the radar. */
export type FirstLevelColumn = { key: string; setId: string; code: string; name: string; maxPoints: number };

export const columnKey = (setId: string, code: string) => `${setId}/${code}`;

/** Every first-level indicator worth points, common set first (the API's order of sets). */
export function firstLevelColumns(scores: CampaignScores): FirstLevelColumn[] {
  return scores.sets.flatMap((set) =>
    set.firstLevel
      .filter((f) => f.maxPoints > 0)
      .map((f) => ({
        key: columnKey(set.setId, f.code),
        setId: set.setId,
        code: f.code,
        name: f.name,
        maxPoints: f.maxPoints,
      })),
  );
}

/** Points as a share of the indicator's full points, in percent with one decimal. */
export const percentOf = (points: number, max: number) =>
  max > 0 ? Math.round((points / max) * 1000) / 10 : 0;

/** The heatmap's cells `[column, row, percent]` for the given targets; a set a target lacks stays empty. */
export function heatmapCells(rows: readonly ScoreRankingRow[], columns: readonly FirstLevelColumn[]) {
  const index = new Map(columns.map((c, i) => [c.key, i]));
  return rows.flatMap((row, y) =>
    row.firstLevel.flatMap((f) => {
      const x = index.get(columnKey(f.setId, f.code));
      const column = x === undefined ? undefined : columns[x];
      return column ? [[x, y, percentOf(f.points, column.maxPoints)] as [number, number, number]] : [];
    }),
  );
}

/** Radar axes for one target: the indicators of the sets it was scored on, with its and the average share. */
export function radarSeries(scores: CampaignScores, row: ScoreRankingRow) {
  const own = new Map(row.firstLevel.map((f) => [columnKey(f.setId, f.code), f.points]));
  const average = new Map(scores.averages.map((a) => [columnKey(a.setId, a.code), a.points]));
  const axes = firstLevelColumns(scores).filter((c) => own.has(c.key));
  return {
    axes,
    target: axes.map((c) => percentOf(own.get(c.key) ?? 0, c.maxPoints)),
    average: axes.map((c) => percentOf(average.get(c.key) ?? 0, c.maxPoints)),
  };
}

/** 名次变化 as the officials write it: ▲3, ▼2, – for unchanged, empty without a previous rank. */
export function rankChangeText(change: number | null): string {
  if (change === null) return '';
  if (change > 0) return `▲${change}`;
  if (change < 0) return `▼${-change}`;
  return '–';
}

/** Rounds for display; the API's numbers are shown as given, never recomputed. */
export const fmt = (value: number, digits = 2) => Number(value.toFixed(digits)).toString();

/** The explanation page of a target. */
export const explanationPath = (campaignId: string, unitId: string) =>
  `/campaigns/${campaignId}/results/${unitId}`;
