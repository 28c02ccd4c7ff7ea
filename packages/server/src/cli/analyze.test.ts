import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeAhpGroup } from '@bianping/core/indicators/ahp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/bianping.mjs', import.meta.url).pathname;
let dir: string;

/** Runs `bianping analyze …` as a user would, with the input written to a file. */
function analyze(method: string, input: unknown, ...extra: string[]) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'analyze', method, '--in', file, ...extra],
      { env: { ...process.env, LOG_LEVEL: 'warn' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-analyze-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Saaty's three-criteria example (Saaty 1980, The Analytic Hierarchy Process): weights about
// 0.637, 0.258, 0.105 and CR about 0.033 with the 1980 random index.
const saaty = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

describe('bianping analyze ahp', () => {
  it('analyses one matrix and prints the contract’s JSON on stdout', async () => {
    const { code, stdout, stderr } = await analyze('ahp', { matrix: saaty });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual([
      'ci',
      'consistent',
      'cr',
      'lambdaMax',
      'ri',
      'riTable',
      'weights',
    ]);
    expect(out.weights.map((w: number) => Number(w.toFixed(3)))).toEqual([0.637, 0.258, 0.105]);
    expect(out).toMatchObject({ ri: 0.58, riTable: 'saaty1980', consistent: true });
    expect(out.cr).toBeCloseTo(0.033, 3);
  });

  it('combines the group form by geometric mean and writes --out', async () => {
    const matrices = [
      saaty,
      [
        [1, 2, 4],
        [1 / 2, 1, 2],
        [1 / 4, 1 / 2, 1],
      ],
    ];
    const out = path.join(dir, 'group-out.json');
    const { code, stdout } = await analyze('ahp', { matrices, riTable: 'saaty2005' }, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(analyzeAhpGroup({ matrices, riTable: 'saaty2005' }))));
  });

  it('gives the composite weights of the hierarchy form', async () => {
    const identity = [
      [1, 1],
      [1, 1],
    ];
    const { code, stdout } = await analyze('ahp', {
      criteria: saaty,
      alternatives: [
        identity,
        [
          [1, 3],
          [1 / 3, 1],
        ],
        identity,
      ],
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.composite.reduce((s: number, w: number) => s + w, 0)).toBeCloseTo(1, 12);
    expect(out.alternatives).toHaveLength(3);
    expect(out).toHaveProperty('cr');
  });

  it('refuses bad input with status 2 and one typed line naming the field', async () => {
    const cases: [unknown, string][] = [
      [
        {
          matrix: [
            [1, 2, 3],
            [0.5, 1],
            [1 / 3, 1, 1],
          ],
        },
        'E_SHAPE: matrix[1] has 2 values, expected 3',
      ],
      [
        {
          matrix: [
            [1, -2],
            [0.5, 1],
          ],
        },
        'E_VALUE: matrix[0][1] must be a positive number',
      ],
      [
        {
          matrix: [
            [1, 2],
            [2, 1],
          ],
        },
        'E_VALUE: matrix[1][0] must be the reciprocal of matrix[0][1], 1/2',
      ],
      [
        {
          matrices: [
            saaty,
            [
              [1, 2],
              [0.5, 1],
            ],
          ],
        },
        'E_SHAPE: matrices[1] is 2×2, expected 3×3',
      ],
      [{ weights: [1] }, 'E_SHAPE: input needs "matrix", "matrices", or "criteria" with "alternatives"'],
      ['{ not json', 'E_JSON:'],
    ];
    for (const [input, line] of cases) {
      const { code, stdout, stderr } = await analyze('ahp', input);
      expect(code, line).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.startsWith(line), stderr).toBe(true);
    }
  });

  it('names an unknown method with the usage', async () => {
    const { code, stderr } = await analyze('nonsense', { matrix: saaty });
    expect(code).toBe(2);
    expect(stderr).toContain('E_METHOD: unknown method nonsense');
    expect(stderr).toContain('ahp');
  });
});

/** Expects exit 2, nothing on stdout and exactly one stderr line starting with `line`. */
async function expectRefused(method: string, input: unknown, line: string) {
  const { code, stdout, stderr } = await analyze(method, input);
  expect(code, line).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.startsWith(line), stderr).toBe(true);
}

// Hwang & Yoon (1981) fighter-aircraft matrix, the classic TOPSIS example (closeness 0.643,
// 0.268, 0.614, 0.312).
const aircraft = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];
const benefit = [true, true, true, false, true, true];

describe('bianping analyze entropy / topsis / fuzzy', () => {
  it('prints entropy weights summing to 1', async () => {
    const { code, stdout } = await analyze('entropy', { matrix: aircraft, benefit });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual(['divergence', 'entropy', 'weights']);
    expect(out.weights.reduce((s: number, w: number) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('refuses an entropy matrix whose columns are all constant', () =>
    expectRefused(
      'entropy',
      {
        matrix: [
          [1, 2],
          [1, 2],
        ],
      },
      'E_DEGENERATE: matrix every column is constant',
    ));

  it('ranks Hwang & Yoon’s aircraft with TOPSIS', async () => {
    const { code, stdout } = await analyze('topsis', {
      matrix: aircraft,
      benefit,
      weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.rank).toEqual([1, 4, 2, 3]);
    expect(out.closeness[0]).toBeCloseTo(0.643, 3);
  });

  it('refuses TOPSIS weights of the wrong length', () =>
    expectRefused(
      'topsis',
      { matrix: aircraft, benefit, weights: [1, 1, 1] },
      'E_SHAPE: weights has 3 values, expected 6',
    ));

  it('evaluates a two-level fuzzy model and a one-level one', async () => {
    const membership = [
      [0.8, 0.15, 0.05, 0, 0],
      [0.2, 0.6, 0.1, 0.1, 0],
    ];
    const one = await analyze('fuzzy', { weights: [0.5, 0.5], membership, operator: 'min-max' });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ vector: [0.5, 0.5, 0.1, 0.1, 0], grade: 0 });
    const two = await analyze('fuzzy', {
      weights: [0.6, 0.4],
      factors: [
        { weights: [0.5, 0.5], membership },
        { weights: [1], membership: [[0, 1, 0, 0, 0]] },
      ],
      gradeScores: [95, 85, 75, 65, 55],
    });
    expect(two.code).toBe(0);
    const out = JSON.parse(two.stdout);
    expect(out.factors).toHaveLength(2);
    expect(out.grade).toBe(1);
    expect(typeof out.score).toBe('number');
  });

  it('refuses a membership degree above 1', () =>
    expectRefused(
      'fuzzy',
      { weights: [1], membership: [[0.5, 1.5]] },
      'E_VALUE: membership[0][1] must be a membership degree in [0, 1]',
    ));
});

// Coelli's DEAP 2.1 five-firm example: CRS input-oriented TE 0.5, 1, 0.833, 0.714, 1.
const firms = {
  dmus: ['1', '2', '3', '4', '5'],
  inputs: [
    [2, 5],
    [2, 4],
    [6, 6],
    [3, 2],
    [6, 2],
  ],
  outputs: [[1], [2], [3], [1], [2]],
};

describe('bianping analyze dea / malmquist', () => {
  it('prints DEAP’s efficiencies and null + infeasible for an infeasible super-efficiency', async () => {
    const { code, stdout } = await analyze('dea', { ...firms, model: 'ccr', orientation: 'input' });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.results.map((r: { efficiency: number }) => Number(r.efficiency.toFixed(3)))).toEqual([
      0.5, 1, 0.833, 0.714, 1,
    ]);
    expect(out.results[0]).toMatchObject({ dmu: '1', peers: ['2'] });
    // BCC output-oriented super-efficiency of firm 4: no other firm uses as little of input 2
    // and of input 1 at once, so the model without it is infeasible.
    const sup = await analyze('dea', {
      ...firms,
      model: 'bcc',
      orientation: 'output',
      superEfficiency: true,
    });
    expect(sup.code).toBe(0);
    expect(JSON.parse(sup.stdout).results[3]).toMatchObject({
      efficiency: null,
      phi: null,
      infeasible: true,
    });
  });

  it('refuses a DEA input row of the wrong length', () =>
    expectRefused(
      'dea',
      { ...firms, inputs: [[2, 5], [2, 4], [6, 6], [3], [6, 2]], model: 'ccr', orientation: 'input' },
      'E_SHAPE: inputs[3] has 1 values, expected 2',
    ));

  it('prints the Malmquist decomposition between two periods', async () => {
    const later = { inputs: firms.inputs, outputs: firms.outputs.map(([y]) => [(y ?? 0) * 1.1]) };
    const { code, stdout } = await analyze('malmquist', {
      dmus: firms.dmus,
      periods: [{ inputs: firms.inputs, outputs: firms.outputs }, later],
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    // Every output grew by 10 % with the same inputs: pure technical progress of 1.1.
    expect(out.means[0].malmquist).toBeCloseTo(1.1, 10);
    expect(out.results[0].changes[0].efficiencyChange).toBeCloseTo(1, 10);
  });

  it('refuses a negative output in a period', () =>
    expectRefused(
      'malmquist',
      {
        dmus: firms.dmus,
        periods: [
          { inputs: firms.inputs, outputs: firms.outputs },
          { inputs: firms.inputs, outputs: [[-1], [2], [3], [1], [2]] },
        ],
      },
      'E_VALUE: periods[1].outputs[0][0] must not be negative',
    ));
});
