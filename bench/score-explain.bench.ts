import { scoreCampaign } from '../packages/core/src/scoring/campaign-score.ts';
import { explainTarget } from '../packages/core/src/scoring/explain.ts';
import { randomCampaign } from '../packages/core/src/scoring/test-campaigns.ts';

/**
 * One target's explanation (issue 6: ≤ 20 ms) in a campaign of BENCH_TARGETS targets (default
 * 10,000) × 60 leaves × 5 sources: the tree with every source's text and the official table with
 * each leaf's average and rank over the campaign. Prints the first explanation (which also plans
 * the campaign and sorts each indicator's points, kept for the next ones), then p50 and p99 over
 * 200 runs (targets in turn) after 20 warm-up runs, and their mean CPU time (the machine is shared).
 */
const N = Number(process.env.BENCH_TARGETS ?? 10_000);
const input = randomCampaign(20261125, {
  targets: N,
  commonLeaves: 37,
  categoryLeaves: 17,
  categories: ['general', 'education', 'health', 'finance'],
  presence: 1,
  allSources: true,
  comparingShare: 0.1,
  allCategorySets: true,
});
const score = scoreCampaign(input);
const first = performance.now();
explainTarget(input, score, 'target-1');
console.log(
  `first explanation (plans the campaign, sorts each indicator's points): ${(performance.now() - first).toFixed(1)} ms`,
);
const times: number[] = [];
let cpu = 0;
for (let k = 0; k < 220; k++) {
  const id = `target-${1 + ((k * 7919) % N)}`;
  const cpuFrom = process.cpuUsage();
  const started = performance.now();
  const out = explainTarget(input, score, id);
  if (k >= 20) {
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuFrom);
    cpu += (used.user + used.system) / 1000;
  }
  if (out.total !== score.targets[(k * 7919) % N]?.total)
    throw new Error('explanation disagrees with the score');
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(1);
console.log(
  `explanation of one target among ${N.toLocaleString()}: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms wall, mean CPU ${(cpu / times.length).toFixed(1)} ms (200 runs)`,
);
