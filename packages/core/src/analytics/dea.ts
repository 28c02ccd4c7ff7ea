import { columnScales, deaData, dmuNames, scaled } from './dea-data.ts';
import { envelop, type Orientation } from './dea-envelopment.ts';
import { findFrontier } from './dea-frontier.ts';
import { analyzeError, oneOf } from './input-checks.ts';

/**
 * Data envelopment analysis (数据包络分析) exactly as ANALYZE.md § dea: CCR (constant returns) and
 * BCC (variable returns, Σλ = 1), input or output orientation, a second phase maximising the sum of
 * slacks with θ (φ) held, targets, peers and λ, and Andersen–Petersen super-efficiency, where an
 * infeasible model is reported as `efficiency: null, infeasible: true` — never a huge number.
 * The data are scaled by column means before solving (see dea-data.ts); slacks and targets are
 * returned in the data's own units. From FRONTIER_MIN_DMUS DMUs on (or with `method: 'frontier'`)
 * each DMU is solved against the extreme-efficient DMUs only, by column generation
 * (dea-frontier.ts, which argues why θ/φ, the max-slack phase and unique peers are unchanged);
 * `method: 'plain'` forces one dense LP per DMU against all DMUs.
 */

export const deaModels = ['ccr', 'bcc'] as const;
export const deaOrientations = ['input', 'output'] as const;
/** `auto`: the frontier method from FRONTIER_MIN_DMUS DMUs on; `plain`: every LP against all DMUs. */
export const deaMethods = ['auto', 'frontier', 'plain'] as const;
/** Below this many DMUs the plain method takes well under a second, so `auto` keeps it. */
export const FRONTIER_MIN_DMUS = 200;

export type DeaInput = {
  dmus: string[];
  inputs: number[][];
  outputs: number[][];
  model: (typeof deaModels)[number];
  orientation: Orientation;
  superEfficiency?: boolean;
  /** How to solve (default `auto`); every method gives the same result up to rounding. */
  method?: (typeof deaMethods)[number];
  /** Solve without column scaling (for tests that prove the scaling changes nothing). */
  unscaled?: boolean;
};

export type DeaDmuResult = {
  dmu: string;
  efficiency: number | null;
  theta?: number | null;
  phi?: number | null;
  lambdas: Record<string, number>;
  /** `null` entries when the (super-efficiency) model is infeasible. */
  inputSlacks: (number | null)[];
  outputSlacks: (number | null)[];
  targets: { inputs: (number | null)[]; outputs: (number | null)[] };
  peers: string[];
  infeasible?: true;
};
export type DeaResult = { results: DeaDmuResult[] };

/** λ at or below this is not a peer (λ is unit-free, so the tolerance is absolute). */
export const PEER_TOLERANCE = 1e-9;

/** Efficiency of every DMU against all DMUs (or all others, with super-efficiency). */
export function analyzeDea(input: DeaInput): DeaResult {
  const dmus = dmuNames(input.dmus);
  const data = deaData(input.inputs, input.outputs, dmus.length);
  if (input.model === undefined)
    throw analyzeError('E_SHAPE', 'model', '缺少模型（ccr 或 bcc）', 'is missing: ccr or bcc');
  const model = oneOf(input.model, 'model', deaModels, 'ccr');
  if (input.orientation === undefined)
    throw analyzeError(
      'E_SHAPE',
      'orientation',
      '缺少导向（input 或 output）',
      'is missing: input or output',
    );
  const orientation = oneOf(input.orientation, 'orientation', deaOrientations, 'input');
  if (input.superEfficiency !== undefined && typeof input.superEfficiency !== 'boolean')
    throw analyzeError('E_VALUE', 'superEfficiency', '应为 true 或 false', 'must be true or false');
  const superEfficiency = input.superEfficiency === true;
  const method = oneOf(input.method, 'method', deaMethods, 'auto');
  const m = data.inputs[0]?.length ?? 0;
  const s = data.outputs[0]?.length ?? 0;
  const inputScale = input.unscaled ? new Array<number>(m).fill(1) : columnScales(data.inputs);
  const outputScale = input.unscaled ? new Array<number>(s).fill(1) : columnScales(data.outputs);
  const reference = scaled(data, inputScale, outputScale);
  const returns = model === 'ccr' ? 'crs' : 'vrs';
  const useFrontier = method === 'frontier' || (method === 'auto' && dmus.length >= FRONTIER_MIN_DMUS);
  const frontier = useFrontier ? findFrontier(reference, returns) : undefined;
  const isMember = new Uint8Array(dmus.length);
  for (const j of frontier ?? []) isMember[j] = 1;
  // Leaving out a member of F can make other DMUs extreme: its super-efficiency LP is priced
  // against all other DMUs. Every other LP (super-efficiency of a non-member included) uses F.
  const methodFor = (o: number) =>
    frontier === undefined
      ? {}
      : superEfficiency && isMember[o]
        ? { priced: true }
        : { members: frontier, priced: true };

  const results = dmus.map((dmu, o): DeaDmuResult => {
    const radialKey = orientation === 'input' ? 'theta' : 'phi';
    const env = envelop(reference, reference.x[o] ?? [], reference.y[o] ?? [], {
      orientation,
      returns,
      inputScale,
      outputScale,
      ...(superEfficiency ? { exclude: o } : {}),
      ...methodFor(o),
    });
    if (!env.feasible) {
      return {
        dmu,
        efficiency: null,
        [radialKey]: null,
        lambdas: {},
        inputSlacks: new Array(m).fill(null),
        outputSlacks: new Array(s).fill(null),
        targets: { inputs: new Array(m).fill(null), outputs: new Array(s).fill(null) },
        peers: [],
        infeasible: true,
      };
    }
    // Without super-efficiency the DMU itself is feasible at 1: clamp rounding on the far side.
    const radial = superEfficiency
      ? env.radial
      : orientation === 'input'
        ? Math.min(1, env.radial)
        : Math.max(1, env.radial);
    const inputSlacks = env.inputSlacks.map((v, i) => v * (inputScale[i] ?? 1));
    const outputSlacks = env.outputSlacks.map((v, r) => v * (outputScale[r] ?? 1));
    const x0 = data.inputs[o] ?? [];
    const y0 = data.outputs[o] ?? [];
    const targets =
      orientation === 'input'
        ? {
            inputs: x0.map((v, i) => radial * v - (inputSlacks[i] ?? 0)),
            outputs: y0.map((v, r) => v + (outputSlacks[r] ?? 0)),
          }
        : {
            inputs: x0.map((v, i) => v - (inputSlacks[i] ?? 0)),
            outputs: y0.map((v, r) => radial * v + (outputSlacks[r] ?? 0)),
          };
    const lambdas: Record<string, number> = {};
    const peers: string[] = [];
    env.lambdas.forEach(({ j, lambda }) => {
      if (lambda > PEER_TOLERANCE) {
        const name = dmus[j] as string;
        lambdas[name] = lambda;
        peers.push(name);
      }
    });
    return {
      dmu,
      efficiency: orientation === 'input' ? radial : 1 / radial,
      [radialKey]: radial,
      lambdas,
      inputSlacks,
      outputSlacks,
      targets,
      peers,
    };
  });
  return { results };
}
