import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot, type SnapshotOverrides } from '../test-snapshot.ts';
import { w03OverLeaderPosts } from './w03-over-leader-posts.ts';

const run = (overrides: SnapshotOverrides) =>
  w03OverLeaderPosts.evaluate(buildSnapshot(overrides), settings, '2025-06-30');

describe('W03 超职数', () => {
  it('does not fire when leaders in place equal the approved posts', () => {
    expect(
      run({
        leaderPosts: { unitHead: { approved: 1, actual: 1 }, bodyHead: { approved: 3, actual: 3 } },
        internalBodies: { approved: 3, actual: [] },
      }),
    ).toEqual([]);
  });

  it('fires per level over its approved posts', () => {
    const hits = run({
      leaderPosts: {
        unitHead: { approved: 1, actual: 1 },
        unitDeputy: { approved: 3, actual: 5 },
        bodyDeputy: { approved: 0, actual: 1 },
      },
    });
    expect(hits.map((h) => [h.key, h.params.over])).toEqual([
      ['unitDeputy', 2],
      ['bodyDeputy', 1],
    ]);
    expect(hits[0]?.message.zh).toBe('部门副职核定职数 3 名，实配 5 名，超职数 2 名');
  });

  it('counts internal-body heads against the approved internal bodies', () => {
    const hits = run({
      leaderPosts: { bodyHead: { approved: 6, actual: 5 } },
      internalBodies: { approved: 4, actual: [] },
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'bodyHeadsVsBodies',
      params: { approvedBodies: 4, bodyHeads: 5, over: 1 },
    });
  });

  it('is silent for a merged unit', () => {
    expect(
      run({ unit: { status: 'merged' }, leaderPosts: { unitHead: { approved: 1, actual: 3 } } }),
    ).toEqual([]);
  });
});
