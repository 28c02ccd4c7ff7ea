import os from 'node:os';
import { analyzeDea, type DeaInput } from '../packages/core/src/analytics/dea.ts';
import { median, repeats, seconds } from './bench-database.ts';

/**
 * DEA over synthetic DMUs (issue 6), CCR input-oriented with the max-slack phase. Inputs mix a
 * headcount, a quota and a budget in yuan (six orders of magnitude apart); outputs follow a noisy
 * Cobb–Douglas frontier, each with its own noise. Prints the median over BENCH_REPEAT runs of:
 * 1. BENCH_DMUS DMUs (default 10,000) × 3 inputs × 4 outputs, default method (frontier first);
 * 2. the same on BENCH_RATIO_DMUS DMUs (default 2,000), plain one-LP-per-DMU against the frontier
 *    method, and their ratio;
 * 3. 1,000 DMUs × 3 inputs × 2 outputs, plain and super-efficiency, the figures quoted before.
 * The machine is shared: CPU seconds and the 1-minute load average are printed beside the figures.
 */
const N = Number(process.env.BENCH_DMUS ?? 10_000);
const RATIO_N = Number(process.env.BENCH_RATIO_DMUS ?? 2_000);

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

/** n DMUs × 3 inputs × `outputs` outputs. */
function dataset(n: number, outputs: number): Pick<DeaInput, 'dmus' | 'inputs' | 'outputs'> {
  const random = prng(20261125);
  const dmus = Array.from({ length: n }, (_, j) => `u${j}`);
  const inputs = dmus.map(() => [5 + 95 * random(), 5 + 95 * random(), 1e5 + 9.9e6 * random()]);
  const noise = [0.5, 0.4, 0.3, 0.6].slice(0, outputs);
  return {
    dmus,
    inputs,
    outputs: inputs.map(([a = 1, b = 1, c = 1]) => {
      const core = a ** 0.3 * b ** 0.3 * (c / 1e4) ** 0.3;
      return noise.map((low) => core * (low + (1 - low) * random()));
    }),
  };
}

const load = () => `load ${os.loadavg()[0]?.toFixed(2)}`;

/** Median wall and CPU milliseconds of BENCH_REPEAT runs, and the number of efficient DMUs. */
function time(input: DeaInput): { ms: number; cpu: number; efficient: number } {
  const times: number[] = [];
  const cpus: number[] = [];
  let efficient = 0;
  for (let k = 0; k < repeats(); k++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const out = analyzeDea(input);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    efficient = out.results.filter((r) => (r.efficiency ?? 2) >= 1 - 1e-9).length;
  }
  return { ms: median(times), cpu: median(cpus), efficient };
}

const big = time({ ...dataset(N, 4), model: 'ccr', orientation: 'input' });
console.log(
  `DEA CCR input with slacks, ${N.toLocaleString()} DMUs × 3 inputs × 4 outputs (frontier first): ` +
    `${seconds(big.ms)} (CPU ${seconds(big.cpu)}; ${big.efficient} efficient; ${load()})`,
);

const ratioData = dataset(RATIO_N, 4);
const plain = time({ ...ratioData, model: 'ccr', orientation: 'input', method: 'plain' });
const frontier = time({ ...ratioData, model: 'ccr', orientation: 'input', method: 'frontier' });
console.log(
  `DEA CCR input with slacks, ${RATIO_N.toLocaleString()} DMUs × 3 inputs × 4 outputs: plain ${seconds(plain.ms)}, ` +
    `frontier ${seconds(frontier.ms)}, ratio plain/frontier ${(plain.ms / frontier.ms).toFixed(1)} ` +
    `(CPU ${seconds(plain.cpu)} / ${seconds(frontier.cpu)} = ${(plain.cpu / frontier.cpu).toFixed(1)}; ${load()})`,
);

const small = dataset(1_000, 2);
for (const superEfficiency of [false, true]) {
  const run = time({ ...small, model: 'ccr', orientation: 'input', superEfficiency, method: 'plain' });
  console.log(
    `DEA CCR input${superEfficiency ? ' super-efficiency' : ' with slacks'}, 1,000 DMUs × 3 inputs × 2 outputs, plain: ` +
      `${seconds(run.ms)} (CPU ${seconds(run.cpu)}; ${run.efficient} efficient; ${load()})`,
  );
}
