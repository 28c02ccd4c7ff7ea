import { describe, expect, it } from 'vitest';
import { analyzeDea, type DeaInput, type DeaResult } from './dea.ts';
import reference from './fixtures/dea-reference.json';

/**
 * Published reference: R package Benchmarking (Bogetoft & Otto) dea()/sdea()/slack() results on
 * four public datasets, as stored in github.com/Riksrevisjonen/pioneeR tests/testdata (commit
 * 6e66148) and copied from /work/shared/reference/dea.json into fixtures/dea-reference.json;
 * phase-2 slack sums are the LP optima (checked there with scipy-HiGHS, which disagrees with
 * Benchmarking for four Norwegian courts where Benchmarking's sum is not the maximum).
 */

type Run = {
  options: { model: 'ccr' | 'bcc'; orientation: 'input' | 'output' };
  expected: {
    efficiency_theta?: number[];
    efficiency_phi_ge_1?: number[];
    super_efficiency: (number | string)[];
    slack_sum_phase2: number[];
  };
  tolerance: { efficiency: number; super_efficiency: number; slack_sum_relative: number };
};
type Case = { id: string; data: Pick<DeaInput, 'dmus' | 'inputs' | 'outputs'>; runs: Run[] };
const cases = reference.cases as unknown as Case[];

const radialOf = (r: DeaResult['results'][number]) => r.theta ?? r.phi ?? null;
const slackSum = (r: DeaResult['results'][number]) =>
  [...r.inputSlacks, ...r.outputSlacks].reduce((s: number, v) => s + (v ?? 0), 0);

describe('DEA against R Benchmarking', () => {
  for (const c of cases) {
    for (const run of c.runs) {
      const { model, orientation } = run.options;
      it(`${c.id} ${model} ${orientation}: efficiency, phase-2 slack sums and super-efficiency`, () => {
        const out = analyzeDea({ ...c.data, model, orientation });
        const radial = run.expected.efficiency_theta ?? run.expected.efficiency_phi_ge_1 ?? [];
        out.results.forEach((r, j) => {
          expect(r.dmu).toBe(c.data.dmus[j]);
          expect(Math.abs((radialOf(r) ?? Number.NaN) - (radial[j] ?? 0)), `${r.dmu} radial`).toBeLessThan(
            run.tolerance.efficiency,
          );
          const want = run.expected.slack_sum_phase2[j] ?? 0;
          expect(Math.abs(slackSum(r) - want), `${r.dmu} slack sum`).toBeLessThanOrEqual(
            run.tolerance.slack_sum_relative * Math.max(1, Math.abs(want)),
          );
          // Properties: 0 < efficiency ≤ 1, and efficient DMUs' targets are the DMU itself up to slacks.
          expect(r.efficiency).toBeGreaterThan(0);
          expect(r.efficiency).toBeLessThanOrEqual(1);
        });
        const sup = analyzeDea({ ...c.data, model, orientation, superEfficiency: true });
        sup.results.forEach((r, j) => {
          const want = run.expected.super_efficiency[j];
          if (typeof want === 'string') {
            expect(r, `${r.dmu} infeasible`).toMatchObject({ efficiency: null, infeasible: true });
            expect(radialOf(r)).toBeNull();
          } else {
            expect(Math.abs((radialOf(r) ?? Number.NaN) - (want ?? 0)), `${r.dmu} super`).toBeLessThan(
              run.tolerance.super_efficiency,
            );
            expect(r.infeasible).toBeUndefined();
          }
        });
      });
    }
  }
});
