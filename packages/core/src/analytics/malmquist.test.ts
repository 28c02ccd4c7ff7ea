import { describe, expect, it } from 'vitest';
import reference from './fixtures/malmquist-reference.json';
import { analyzeMalmquist, type MalmquistInput } from './malmquist.ts';
import { typedError } from './test-helpers.ts';

/**
 * Published reference: R package productivity (Dakpo, Desjeux & Latruffe), malm() on 31 Chinese
 * provinces 2005 → 2006 (inputs labour and capital, output gross industrial output value), as
 * stored in github.com/Riksrevisjonen/pioneeR tests/testdata (commit 6e66148) and copied from
 * /work/shared/reference/dea.json. productivity reports > 1 as growth in both orientations.
 */
const input: MalmquistInput = { dmus: reference.dmus, periods: reference.periods };
type Expected = Record<'malmquist' | 'effch' | 'techch' | 'pure_effch_vrs' | 'scale_effch', number[]>;

describe('Malmquist index', () => {
  for (const orientation of ['input', 'output'] as const) {
    it(`reproduces productivity::malm for 31 provinces (${orientation} orientation)`, () => {
      const out = analyzeMalmquist({ ...input, orientation });
      const want = reference.expected[`${orientation}_orientation`] as Expected;
      const tol = 1e-8;
      out.results.forEach((r, j) => {
        const c = r.changes[0];
        expect(c).toMatchObject({ from: 0, to: 1 });
        expect(Math.abs((c?.malmquist ?? 0) - (want.malmquist[j] ?? 0)), `${r.dmu} malmquist`).toBeLessThan(
          tol,
        );
        expect(Math.abs((c?.efficiencyChange ?? 0) - (want.effch[j] ?? 0)), `${r.dmu} effch`).toBeLessThan(
          tol,
        );
        expect(Math.abs((c?.technicalChange ?? 0) - (want.techch[j] ?? 0)), `${r.dmu} techch`).toBeLessThan(
          tol,
        );
        expect(
          Math.abs((c?.pureEfficiencyChange ?? 0) - (want.pure_effch_vrs[j] ?? 0)),
          `${r.dmu} pech`,
        ).toBeLessThan(tol);
        expect(Math.abs((c?.scaleChange ?? 0) - (want.scale_effch[j] ?? 0)), `${r.dmu} sech`).toBeLessThan(
          tol,
        );
      });
      const gm = Math.exp(want.malmquist.reduce((s, v) => s + Math.log(v), 0) / want.malmquist.length);
      expect(out.means[0]?.malmquist).toBeCloseTo(gm, 10);
    });
  }

  it('gives one change per consecutive pair over three periods and a neutral index for a repeated period', () => {
    const [p0, p1] = reference.periods;
    const out = analyzeMalmquist({ ...input, periods: [p0, p1, p1] as MalmquistInput['periods'] });
    expect(out.means.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    for (const r of out.results) {
      expect(r.changes[1]?.malmquist).toBeCloseTo(1, 10);
      expect(r.changes[1]?.technicalChange).toBeCloseTo(1, 10);
    }
  });

  it('refuses bad input with typed errors naming the field', () => {
    const [p0, p1] = reference.periods as MalmquistInput['periods'];
    expect(typedError(() => analyzeMalmquist({ ...input, periods: [p0 as never] }))).toBe('E_SHAPE periods');
    expect(
      typedError(() =>
        analyzeMalmquist({
          ...input,
          periods: [p0 as never, { ...p1, inputs: p1?.inputs.map((r) => r.slice(0, 1)) } as never],
        }),
      ),
    ).toBe('E_SHAPE periods[1].inputs[0]');
    expect(
      typedError(() =>
        analyzeMalmquist({
          ...input,
          periods: [p0 as never, { ...p1, outputs: [[-1], ...(p1?.outputs.slice(1) ?? [])] } as never],
        }),
      ),
    ).toBe('E_VALUE periods[1].outputs[0][0]');
  });
});
