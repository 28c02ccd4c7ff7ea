import { AppError, ErrorCode, type LocalizedText } from '../errors.ts';
import { median } from '../registry/peer-comparison.ts';
import { analyzeError } from './input-checks.ts';
import { fitRegression, type PredictionLevel, predict } from './regression.ts';

/**
 * 编制测算: the quota a unit's workload would carry among its peers. Quota is regressed (OLS with
 * intercept) on the chosen workload measures over the peers with complete figures of the year; the
 * unit's own measures give the estimate and its prediction interval. The unit itself is not in the
 * fit, so its present quota does not pull the estimate towards itself.
 *
 * A regression on k measures needs n > k + 1 rows to estimate the residual variance at all; with
 * n = k + 2 the single residual degree of freedom gives an interval too wide to say anything
 * (t(0.975, 1) ≈ 12.7). We ask for at least k + 3 peers (two degrees of freedom, t ≈ 4.3) and
 * refuse below that with a message saying how many peers there are and how many are needed.
 */

export type StaffingNeedMember = {
  name: string;
  quota: number | null;
  headcount: number | null;
  workload: Record<string, number>;
};

export type StaffingNeedInput = {
  unit: StaffingNeedMember;
  peers: StaffingNeedMember[];
  measures: string[];
  level?: PredictionLevel;
};

export type StaffingNeedResult = {
  measures: string[];
  level: PredictionLevel;
  estimate: number;
  lower: number;
  upper: number;
  /** The unit's quota of the year, and quota − estimate (positive: more than its workload carries). */
  quota: number | null;
  difference: number | null;
  peerCount: number;
  minPeers: number;
  regression: { coefficients: number[]; rSquared: number; residualStandardError: number };
  /** Workload per person of the unit and the median of the peers used. */
  perCapita: { measure: string; self: number | null; peerMedian: number | null }[];
  /** The peers the fit rests on: quota and the chosen measures in order. */
  peers: { name: string; quota: number; values: number[] }[];
  leftOut: { name: string; reason: LocalizedText }[];
};

/** Fewest peers with complete figures for a fit on k measures (see above). */
export const minPeersFor = (k: number) => k + 3;

const missing = (what: string[]): LocalizedText => ({
  zh: `缺少${what.join('、')}`,
  en: `no ${what.join(', ')}`,
});

/** The estimate for the unit, or an AppError(E_VALIDATION) saying why there is none. */
export function estimateStaffingNeed(input: StaffingNeedInput): StaffingNeedResult {
  const measures = [...new Set(input.measures)];
  if (measures.length === 0)
    throw analyzeError(
      'E_SHAPE',
      'measures',
      '至少选择一个工作量指标',
      'choose at least one workload measure',
    );
  const level = input.level ?? 0.95;
  const ownMissing = measures.filter((m) => !Number.isFinite(input.unit.workload[m]));
  if (ownMissing.length)
    throw analyzeError(
      'E_VALUE',
      'measures',
      `本单位当年没有${ownMissing.join('、')}数据`,
      `the unit has no figure of ${ownMissing.join(', ')} for the year`,
    );

  const used: StaffingNeedResult['peers'] = [];
  const usedMembers: StaffingNeedMember[] = [];
  const leftOut: StaffingNeedResult['leftOut'] = [];
  for (const peer of input.peers) {
    const gaps = measures.filter((m) => !Number.isFinite(peer.workload[m]));
    const noQuota = peer.quota === null || !Number.isFinite(peer.quota);
    if (noQuota || gaps.length) {
      leftOut.push({ name: peer.name, reason: missing([...(noQuota ? ['编制数'] : []), ...gaps]) });
      continue;
    }
    usedMembers.push(peer);
    used.push({
      name: peer.name,
      quota: peer.quota as number,
      values: measures.map((m) => peer.workload[m] as number),
    });
  }
  const minPeers = minPeersFor(measures.length);
  if (used.length < minPeers)
    throw new AppError(
      ErrorCode.Validation,
      {
        zh: `同类单位过少：有完整数据的同类单位只有 ${used.length} 个，按 ${measures.length} 个指标测算至少需要 ${minPeers} 个（指标数 + 3），无法给出可信的测算`,
        en: `Too few peers: ${used.length} peer(s) have complete figures, an estimate on ${measures.length} measure(s) needs at least ${minPeers} (measures + 3)`,
      },
      'peers',
      { analyzeCode: 'E_DEGENERATE', peerCount: used.length, minPeers },
    );

  const fit = fitRegression({ x: used.map((p) => p.values), y: used.map((p) => p.quota) });
  const own = measures.map((m) => input.unit.workload[m] as number);
  const prediction = predict(fit, own, level);
  const perHead = (m: StaffingNeedMember, measure: string) => {
    const value = m.workload[measure];
    return m.headcount && value !== undefined ? value / m.headcount : null;
  };
  return {
    measures,
    level,
    estimate: prediction.estimate,
    lower: prediction.lower,
    upper: prediction.upper,
    quota: input.unit.quota,
    difference: input.unit.quota === null ? null : input.unit.quota - prediction.estimate,
    peerCount: used.length,
    minPeers,
    regression: {
      coefficients: fit.coefficients,
      rSquared: fit.rSquared,
      residualStandardError: fit.residualStandardError,
    },
    perCapita: measures.map((measure) => ({
      measure,
      self: perHead(input.unit, measure),
      peerMedian: median(usedMembers.map((p) => perHead(p, measure)).filter((v): v is number => v !== null)),
    })),
    peers: used,
    leftOut,
  };
}
