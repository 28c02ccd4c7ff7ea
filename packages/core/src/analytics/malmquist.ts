import { columnScales, type DeaData, deaData, dmuNames, scaled } from './dea-data.ts';
import { envelop, type Orientation, type Reference, type Returns } from './dea-envelopment.ts';
import { analyzeError, oneOf } from './input-checks.ts';

/**
 * Malmquist productivity index (Färe, Grosskopf, Norris & Zhang 1994) exactly as ANALYZE.md §
 * malmquist, for each pair of consecutive periods: with E^a(b) the constant-returns Farrell
 * efficiency of period-b data against the period-a frontier,
 * efficiencyChange = E^{t+1}(t+1) / E^t(t),
 * technicalChange = sqrt([E^t(t+1) / E^{t+1}(t+1)] · [E^t(t) / E^{t+1}(t)]),
 * malmquist = efficiencyChange × technicalChange (> 1: productivity grew); pureEfficiencyChange is
 * the ratio of variable-returns efficiencies and scaleChange = efficiencyChange / pure. Means are
 * geometric over the DMUs. All periods share one column scaling, so cross-period LPs compare like
 * with like.
 */

export type MalmquistInput = {
  dmus: string[];
  periods: { label?: string; inputs: number[][]; outputs: number[][] }[];
  orientation?: Orientation;
};
export type MalmquistChange = {
  from: number;
  to: number;
  malmquist: number;
  efficiencyChange: number;
  technicalChange: number;
  pureEfficiencyChange: number;
  scaleChange: number;
};
export type MalmquistMean = Pick<
  MalmquistChange,
  'from' | 'to' | 'malmquist' | 'efficiencyChange' | 'technicalChange'
>;
export type MalmquistResult = {
  results: { dmu: string; changes: MalmquistChange[] }[];
  means: MalmquistMean[];
};

const geometricMean = (values: readonly number[]) =>
  Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);

/** Malmquist index and its decomposition for each DMU and each pair of consecutive periods. */
export function analyzeMalmquist(input: MalmquistInput): MalmquistResult {
  const dmus = dmuNames(input.dmus);
  const orientation = oneOf(input.orientation, 'orientation', ['input', 'output'] as const, 'input');
  if (!Array.isArray(input.periods) || input.periods.length < 2)
    throw analyzeError('E_SHAPE', 'periods', '至少需要两个时期', 'needs at least two periods');
  let shape: { m: number; s: number } | undefined;
  const periods: DeaData[] = input.periods.map((p, t) => {
    if (typeof p !== 'object' || p === null)
      throw analyzeError(
        'E_SHAPE',
        `periods[${t}]`,
        '应为 { inputs, outputs } 对象',
        'must be an object { inputs, outputs }',
      );
    const data = deaData(p.inputs, p.outputs, dmus.length, `periods[${t}].`, shape);
    shape ??= { m: data.inputs[0]?.length ?? 0, s: data.outputs[0]?.length ?? 0 };
    return data;
  });
  const inputScale = columnScales(periods.flatMap((p) => p.inputs));
  const outputScale = columnScales(periods.flatMap((p) => p.outputs));
  const refs: Reference[] = periods.map((p) => scaled(p, inputScale, outputScale));

  /** Farrell efficiency of DMU o's period-b data against the period-a frontier. */
  const efficiency = (a: number, b: number, o: number, returns: Returns): number => {
    const point = refs[b] as Reference;
    const env = envelop(refs[a] as Reference, point.x[o] ?? [], point.y[o] ?? [], {
      orientation,
      returns,
      inputScale,
      outputScale,
    });
    if (!env.feasible || !(env.radial > 0))
      throw analyzeError(
        'E_DEGENERATE',
        `periods[${b}]`,
        `决策单元“${dmus[o]}”相对于时期 ${a} 的前沿无法计算距离函数`,
        `DMU “${dmus[o]}” has no distance to the frontier of period ${a}`,
      );
    return orientation === 'input' ? env.radial : 1 / env.radial;
  };

  const pairs = Array.from({ length: periods.length - 1 }, (_, t) => t);
  const results = dmus.map((dmu, o) => ({
    dmu,
    changes: pairs.map((t): MalmquistChange => {
      const u = t + 1;
      const ett = efficiency(t, t, o, 'crs');
      const euu = efficiency(u, u, o, 'crs');
      const etu = efficiency(t, u, o, 'crs');
      const eut = efficiency(u, t, o, 'crs');
      const efficiencyChange = euu / ett;
      const technicalChange = Math.sqrt((etu / euu) * (ett / eut));
      const pureEfficiencyChange = efficiency(u, u, o, 'vrs') / efficiency(t, t, o, 'vrs');
      return {
        from: t,
        to: u,
        malmquist: efficiencyChange * technicalChange,
        efficiencyChange,
        technicalChange,
        pureEfficiencyChange,
        scaleChange: efficiencyChange / pureEfficiencyChange,
      };
    }),
  }));
  const means = pairs.map((t): MalmquistMean => {
    const of = (key: 'malmquist' | 'efficiencyChange' | 'technicalChange') =>
      geometricMean(results.map((r) => (r.changes[t] as MalmquistChange)[key]));
    return {
      from: t,
      to: t + 1,
      malmquist: of('malmquist'),
      efficiencyChange: of('efficiencyChange'),
      technicalChange: of('technicalChange'),
    };
  });
  return { results, means };
}
