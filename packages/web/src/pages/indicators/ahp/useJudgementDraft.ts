import { type AhpResult, analyzeAhp, type RiTableName } from '@bianping/core/indicators/ahp';
import {
  fillReciprocal,
  type Inconsistency,
  rankInconsistencies,
  weightsToPoints,
} from '@bianping/core/indicators/ahp-weighting';
import { useMemo, useState } from 'react';
import type { AhpView } from '../../../api/indicators.ts';
import { equalUpper, sameUpper, type Upper, upperOf } from './ahp-matrix.ts';

export type DraftAnalysis =
  | { ok: true; result: AhpResult; inconsistencies: Inconsistency[]; points: number[] | null }
  | { ok: false; error: unknown };

/**
 * The caller's judgement being entered: starts from the saved one (or equal importance
 * everywhere) and is analysed on every change in the browser with the core's AHP, so CR and the
 * comparisons at fault show before anything is saved.
 */
export function useJudgementDraft(view: AhpView | undefined) {
  const own = view?.judgements.find((j) => j.isOwn && !j.stale);
  const n = view?.children.length ?? 0;
  const savedUpper = own ? upperOf(own.matrix) : null;
  const [upper, setUpper] = useState<Upper>(() => savedUpper ?? equalUpper(n));
  const [riTable, setRiTable] = useState<RiTableName>(own?.riTable ?? 'saaty1980');

  // A newly saved or reloaded judgement (or other children) replaces what is on screen. Refetches
  // give new objects with the same content, so what was saved is identified by its time.
  const savedKey = own
    ? `${own.id}@${own.updatedAt}`
    : `none:${view?.children.map((c) => c.id).join() ?? ''}`;
  const [shownKey, setShownKey] = useState(savedKey);
  if (view && shownKey !== savedKey) {
    setShownKey(savedKey);
    setUpper(savedUpper ?? equalUpper(n));
    if (own) setRiTable(own.riTable);
  }

  const analysis = useMemo<DraftAnalysis | null>(() => {
    if (n < 2 || upper.length !== n) return null;
    const { matrix } = fillReciprocal(upper);
    try {
      const result = analyzeAhp({ matrix, riTable });
      return {
        ok: true,
        result,
        inconsistencies: result.consistent ? [] : rankInconsistencies(matrix, result.weights),
        points: result.consistent && view ? weightsToPoints(result.weights, view.totalPoints) : null,
      };
    } catch (error) {
      return { ok: false, error };
    }
  }, [upper, riTable, n, view]);

  const dirty = !savedUpper || !sameUpper(upper, savedUpper) || riTable !== own?.riTable;
  return { upper, setUpper, riTable, setRiTable, analysis, dirty, hasSaved: !!own };
}
