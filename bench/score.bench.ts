import { scoreCampaign } from '../packages/core/src/scoring/campaign-score.ts';
import { rescoreAfterChange } from '../packages/core/src/scoring/incremental.ts';
import type { CampaignScoringInput } from '../packages/core/src/scoring/score-types.ts';
import { randomCampaign } from '../packages/core/src/scoring/test-campaigns.ts';
import { median, repeats, seconds } from './bench-database.ts';

/**
 * The overall score (issue 6): BENCH_TARGETS targets (default 10,000), each on a common set and
 * the category set of its category — 60 leaf indicators per target (40 + 20, bonus and veto items
 * included), every leaf fed by all five sources — fully scored; then one entry changed and
 * re-scored incrementally, on a leaf that compares targets and on one that does not. Prints the
 * median over BENCH_REPEAT runs. The target is ≤ 3 s for the full score.
 */
const N = Number(process.env.BENCH_TARGETS ?? 10_000);

const built = performance.now();
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
const leaves = input.sets[0]?.nodes.filter((n) => n.rule).length ?? 0;
const xLeaves = input.sets[1]?.nodes.filter((n) => n.rule).length ?? 0;
console.log(
  `campaign of ${N.toLocaleString()} targets × ${leaves + xLeaves} leaves × 5 sources built in ${seconds(performance.now() - built)}`,
);

const times: number[] = [];
const cpu: number[] = [];
let score = scoreCampaign(input); // warm-up
for (let k = 0; k < repeats(); k++) {
  const cpuFrom = process.cpuUsage();
  const started = performance.now();
  score = scoreCampaign(input);
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpuFrom);
  cpu.push((used.user + used.system) / 1000);
}
const grades = new Map<string, number>();
for (const t of score.targets) grades.set(t.grade, (grades.get(t.grade) ?? 0) + 1);
console.log(
  `full score of ${N.toLocaleString()} targets: ${seconds(median(times))} wall, ${seconds(median(cpu))} CPU (grades ${JSON.stringify(Object.fromEntries(grades))})`,
);

/** The input with one target's entry on `nodeId` changed. */
function changed(nodeId: string, value: number): CampaignScoringInput {
  const targets = input.targets.slice();
  const t = targets[0] as CampaignScoringInput['targets'][number];
  targets[0] = {
    ...t,
    entries: {
      ...t.entries,
      [nodeId]: { registry: value, onsite: { input: { value, points: 1 }, by: 'bench' } },
    },
  };
  return { ...input, targets };
}
const common = input.sets[0]?.nodes ?? [];
const comparing = common.find((n) => n.rule?.kind === 'rankPoints' || n.rule?.kind === 'proportionalToBest');
const plain = common.find((n) => n.rule?.kind === 'manual' && n.role === 'scored');
for (const [label, node] of [
  ['a leaf that does not compare targets', plain],
  ['a comparing leaf (all its targets)', comparing],
] as const) {
  if (!node) continue;
  const next = changed(node.id, 0.37);
  const cpuFrom = process.cpuUsage();
  const started = performance.now();
  rescoreAfterChange(next, score, { targetId: 'target-1', nodeId: node.id });
  const used = process.cpuUsage(cpuFrom);
  console.log(
    `incremental re-score after one entry on ${label} (${node.rule?.kind}): ` +
      `${seconds(performance.now() - started)} wall, ${seconds((used.user + used.system) / 1000)} CPU`,
  );
}
