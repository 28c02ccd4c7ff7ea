import { analyzeDea } from '../packages/core/src/analytics/dea.ts';
import { median, repeats, seconds } from './bench-database.ts';

/**
 * DEA over synthetic DMUs (issue 6): BENCH_DMUS DMUs (default 1,000) × 3 inputs × 2 outputs, CCR
 * input-oriented with the max-slack phase, one envelopment LP per DMU against all DMUs. Inputs
 * mix a headcount, a quota and a budget in yuan (six orders of magnitude apart), outputs follow
 * a noisy Cobb–Douglas frontier. Prints the median over BENCH_REPEAT runs.
 */
const N = Number(process.env.BENCH_DMUS ?? 1_000);

/** Deterministic uniform numbers in [0, 1) (mulberry32), so every run solves the same data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261125);
const dmus = Array.from({ length: N }, (_, j) => `u${j}`);
const inputs = dmus.map(() => [5 + 95 * random(), 5 + 95 * random(), 1e5 + 9.9e6 * random()]);
const outputs = inputs.map(([a = 1, b = 1, c = 1]) => {
  const core = a ** 0.3 * b ** 0.3 * (c / 1e4) ** 0.3;
  return [core * (0.5 + 0.5 * random()), core * (0.4 + 0.6 * random())];
});

for (const superEfficiency of [false, true]) {
  const times: number[] = [];
  let efficient = 0;
  for (let k = 0; k < repeats(); k++) {
    const started = performance.now();
    const out = analyzeDea({ dmus, inputs, outputs, model: 'ccr', orientation: 'input', superEfficiency });
    times.push(performance.now() - started);
    efficient = out.results.filter((r) => (r.efficiency ?? 2) >= 1 - 1e-9).length;
  }
  console.log(
    `DEA CCR input${superEfficiency ? ' super-efficiency' : ' with slacks'}, ${N.toLocaleString()} DMUs × 3 inputs × 2 outputs: ` +
      `${seconds(median(times))} (${efficient} efficient)`,
  );
}
