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
