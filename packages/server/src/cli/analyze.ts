import fs from 'node:fs';
import { analyzeDea, type DeaInput } from '@bianping/core/analytics/dea';
import { analyzeEntropy, type EntropyInput } from '@bianping/core/analytics/entropy';
import {
  analyzeFuzzy,
  analyzeFuzzyTwoLevel,
  type FuzzyInput,
  type FuzzyTwoLevelInput,
} from '@bianping/core/analytics/fuzzy';
import { analyzeMalmquist, type MalmquistInput } from '@bianping/core/analytics/malmquist';
import { analyzeTopsis, type TopsisInput } from '@bianping/core/analytics/topsis';
import { AppError } from '@bianping/core/errors';
import {
  type AhpOptions,
  analyzeAhp,
  analyzeAhpGroup,
  analyzeAhpHierarchy,
  type Matrix,
} from '@bianping/core/indicators/ahp';
import { complain, say } from './output.ts';

/**
 * `bianping analyze <method> --in input.json [--out output.json]` — the analytics contract of
 * ANALYZE.md: every method is a pure core function run on plain JSON. Bad input exits with 2
 * and one typed line on stderr (`E_SHAPE: matrix[2] has 2 values, expected 3`), never a partial
 * result. The core functions check the values and name the offending field themselves.
 */

type Input = Record<string, unknown>;

/** A method: what it does (for the usage line) and the run on the parsed input. */
export type AnalyzeMethod = { summary: string; run: (input: Input) => unknown };

/** An input error in the contract's form: a typed code and the field it concerns. */
export class AnalyzeInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const shape = (message: string) => new AnalyzeInputError('E_SHAPE', message);

/** The options every AHP form shares, checked for their JSON type (the core checks the values). */
function ahpOptions(input: Input): AhpOptions {
  const { riTable, ri, method } = input;
  if (riTable !== undefined && typeof riTable !== 'string') throw shape('riTable must be a string');
  if (method !== undefined && typeof method !== 'string') throw shape('method must be a string');
  if (ri !== undefined && !(Array.isArray(ri) && ri.every((x) => typeof x === 'number'))) {
    throw shape('ri must be an array of numbers');
  }
  return {
    ...(riTable !== undefined ? { riTable: riTable as AhpOptions['riTable'] } : {}),
    ...(ri !== undefined ? { ri: ri as number[] } : {}),
    ...(method !== undefined ? { method: method as AhpOptions['method'] } : {}),
  };
}

/** One matrix, the group form (`matrices`) or the hierarchy form (`criteria` + `alternatives`). */
function runAhp(input: Input) {
  const options = ahpOptions(input);
  if ('criteria' in input) {
    return analyzeAhpHierarchy({
      ...options,
      criteria: input.criteria as Matrix,
      alternatives: input.alternatives as Matrix[],
    });
  }
  if ('matrices' in input) return analyzeAhpGroup({ ...options, matrices: input.matrices as Matrix[] });
  if ('matrix' in input) return analyzeAhp({ ...options, matrix: input.matrix as Matrix });
  throw shape('input needs "matrix", "matrices", or "criteria" with "alternatives"');
}

/** One level (`membership`) or two levels (`factors`). */
const runFuzzy = (input: Input) =>
  'factors' in input
    ? analyzeFuzzyTwoLevel(input as unknown as FuzzyTwoLevelInput)
    : analyzeFuzzy(input as unknown as FuzzyInput);

export const analyzeMethods: Record<string, AnalyzeMethod> = {
  ahp: { summary: '层次分析法 / analytic hierarchy process (single, group, hierarchy)', run: runAhp },
  entropy: {
    summary: '熵权法 / entropy weights of criteria',
    run: (input) => analyzeEntropy(input as unknown as EntropyInput),
  },
  topsis: {
    summary: '逼近理想解排序法 / TOPSIS closeness and rank',
    run: (input) => analyzeTopsis(input as unknown as TopsisInput),
  },
  fuzzy: { summary: '模糊综合评价 / fuzzy comprehensive evaluation (one or two levels)', run: runFuzzy },
  dea: {
    summary: '数据包络分析 / DEA: CCR, BCC, slacks, targets, super-efficiency',
    // `unscaled` is a test aid of the core, not part of the contract.
    run: (input) => analyzeDea({ ...(input as unknown as DeaInput), unscaled: false }),
  },
  malmquist: {
    summary: 'Malmquist 生产率指数 / Malmquist productivity index and decomposition',
    run: (input) => analyzeMalmquist(input as unknown as MalmquistInput),
  },
};

const usage = () =>
  [
    '用法 / usage: bianping analyze <method> --in input.json [--out output.json]',
    ...Object.entries(analyzeMethods).map(([name, m]) => `  ${name.padEnd(10)} ${m.summary}`),
  ].join('\n');

/** The one-line form of an error from the core: `E_SHAPE: matrix[2] has 2 values, expected 3`. */
function typedLine(err: unknown): string | null {
  if (err instanceof AnalyzeInputError) return `${err.code}: ${err.message}`;
  if (!(err instanceof AppError)) return null;
  const code = (err.details as { analyzeCode?: string } | undefined)?.analyzeCode ?? err.code;
  const text =
    err.field && err.text.en.startsWith(`${err.field}: `)
      ? `${err.field} ${err.text.en.slice(err.field.length + 2)}`
      : err.text.en;
  return `${code}: ${text}`;
}

function readInput(file: string): Input {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AnalyzeInputError('E_INPUT', `cannot read ${file}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AnalyzeInputError('E_JSON', `${file} is not valid JSON (${(err as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw shape('input must be a JSON object');
  return data as Input;
}

/** Runs `analyze <method>`; returns the exit status (0, or 2 for bad input). */
export function runAnalyze(
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
): number {
  const [name] = positionals;
  const method = name ? analyzeMethods[name] : undefined;
  if (!method || typeof values.in !== 'string') {
    complain(name && !method ? `E_METHOD: unknown method ${name}\n${usage()}` : usage());
    return 2;
  }
  let output: string;
  try {
    output = `${JSON.stringify(method.run(readInput(values.in)), null, 2)}\n`;
  } catch (err) {
    const line = typedLine(err);
    if (line === null) throw err;
    complain(line);
    return 2;
  }
  if (typeof values.out === 'string') fs.writeFileSync(values.out, output);
  else say(output.trimEnd());
  return 0;
}
