import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildPerson, buildSnapshot } from '../test-snapshot.ts';
import type { StaffMember } from '../warnings.schemas.ts';
import { w04OverRank } from './w04-over-rank.ts';

const run = (staff: StaffMember[], unitRank: 'section' | 'unranked' = 'section') =>
  w04OverRank.evaluate(
    buildSnapshot({
      unit: { rank: unitRank },
      staff,
      internalBodies: {
        approved: 2,
        actual: [
          { id: 'b1', name: '办公室', rank: 'deputySection', inMandate: true },
          { id: 'b2', name: '规划科', rank: null, inMandate: true },
        ],
      },
    }),
    settings,
    '2025-06-30',
  );

describe('W04 超规格配备', () => {
  it('does not fire for a leader at the unit rank', () => {
    expect(run([buildPerson({ leaderLevel: 'unitHead', leaderRank: 'section' })])).toEqual([]);
  });

  it('fires for a leader above the unit rank, naming both ranks', () => {
    const hits = run([
      buildPerson({ id: 'p7', name: '王五', leaderLevel: 'unitHead', leaderRank: 'deputyDivision' }),
    ]);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'p7',
      severity: 'orange',
      params: { leaderRank: 'deputyDivision', approvedRank: 'section', bodyId: null },
      message: { zh: '王五（部门正职）职务层次为副处，高于单位规格正科，未经批准高配' },
    });
  });

  it('does not fire when 高配 was approved', () => {
    expect(
      run([buildPerson({ leaderLevel: 'unitHead', leaderRank: 'deputyDivision', overRankApproved: true })]),
    ).toEqual([]);
  });

  it("checks an internal-body leader against the body's rank when it has one", () => {
    const hits = run([
      buildPerson({ id: 'a', leaderLevel: 'bodyHead', leaderRank: 'section', bodyId: 'b1' }),
      buildPerson({ id: 'b', leaderLevel: 'bodyHead', leaderRank: 'deputySection', bodyId: 'b1' }),
      buildPerson({ id: 'c', leaderLevel: 'bodyHead', leaderRank: 'section', bodyId: 'b2' }),
    ]);
    expect(hits.map((h) => [h.key, h.params.approvedRank, h.params.bodyId])).toEqual([
      ['a', 'deputySection', 'b1'],
    ]);
  });

  it('never compares 未定级 and ignores non-leaders', () => {
    expect(run([buildPerson({ leaderLevel: 'unitHead', leaderRank: 'division' })], 'unranked')).toEqual([]);
    expect(run([buildPerson({ leaderLevel: 'unitHead', leaderRank: 'unranked' })])).toEqual([]);
    expect(run([buildPerson({ leaderLevel: null, leaderRank: 'division' })])).toEqual([]);
  });

  it('follows a region rank order from the settings', () => {
    const person = buildPerson({ leaderLevel: 'unitHead', leaderRank: 'stock' });
    const snapshot = buildSnapshot({ unit: { rank: 'section' }, staff: [person] });
    const reversed = { ...settings, rankOrder: [...settings.rankOrder].reverse() };
    expect(w04OverRank.evaluate(snapshot, reversed, '2025-06-30')).toHaveLength(1);
  });
});
