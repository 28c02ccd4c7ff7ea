import { describe, expect, it } from 'vitest';
import { mulberry32, seedFrom, shuffled } from './prng.ts';
import { drawTeams, type ExpertPoolEntry, replayDraw, type TeamDrawRequest } from './team-draw.ts';
import { refusal, uuid } from './test-fixtures.ts';

const targets = Array.from({ length: 10 }, (_, i) => uuid(i + 1, 'aaaaaaaa'));
const expert = (n: number, extra: Partial<ExpertPoolEntry> = {}): ExpertPoolEntry => ({
  id: uuid(n, 'eeeeeeee'),
  name: `专家${n}`,
  employerUnitId: null,
  conflictUnitIds: [],
  canLead: true,
  ...extra,
});
const pool = [
  expert(1, { employerUnitId: targets[0] as string }),
  expert(2, { conflictUnitIds: [targets[1] as string, targets[2] as string] }),
  ...Array.from({ length: 10 }, (_, i) => expert(i + 3, { canLead: i % 3 === 0 })),
];
const request: TeamDrawRequest = {
  seed: '2025-第一批',
  teamCount: 3,
  membersPerTeam: 2,
  pool,
  targetUnitIds: targets,
};

describe('seeded generator', () => {
  it('gives the same sequence for the same seed and shuffles a copy', () => {
    const a = mulberry32(seedFrom('x'));
    const b = mulberry32(seedFrom('x'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seedFrom(2 ** 32 + 5)).toBe(5);
    const items = [1, 2, 3, 4, 5];
    expect(shuffled(items, mulberry32(1)).sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('team draw', () => {
  it('never puts an expert on a team evaluating their employer or a conflicted unit', () => {
    const record = drawTeams(request);
    expect(record.exclusions).toEqual([
      { expertId: uuid(1, 'eeeeeeee'), unitId: targets[0], reason: 'employer' },
      { expertId: uuid(2, 'eeeeeeee'), unitId: targets[1], reason: 'conflict' },
      { expertId: uuid(2, 'eeeeeeee'), unitId: targets[2], reason: 'conflict' },
    ]);
    for (const team of record.teams) {
      const people = [team.leaderId, ...team.memberIds];
      for (const e of record.exclusions) {
        if (team.targetUnitIds.includes(e.unitId)) expect(people).not.toContain(e.expertId);
      }
      expect(pool.find((p) => p.id === team.leaderId)?.canLead).toBe(true);
      expect(team.memberIds).toHaveLength(2);
    }
    const everyone = record.teams.flatMap((t) => [t.leaderId, ...t.memberIds]);
    expect(new Set(everyone).size).toBe(9);
  });

  it('balances the targets and covers each once', () => {
    const record = drawTeams(request);
    expect(record.teams.map((t) => t.targetUnitIds.length).sort()).toEqual([3, 3, 4]);
    expect(record.teams.flatMap((t) => t.targetUnitIds).sort()).toEqual([...targets].sort());
    expect(record.teams.map((t) => t.no)).toEqual([1, 2, 3]);
  });

  it('reproduces from its seed whatever the input order, and differs with another seed', () => {
    const record = drawTeams(request);
    const reordered = drawTeams({
      ...request,
      pool: [...pool].reverse(),
      targetUnitIds: [...targets].reverse(),
    });
    expect(reordered).toEqual(record);
    expect(replayDraw(record, [...pool].reverse())).toBe(true);
    expect(replayDraw({ ...record, seed: 'other' }, pool)).toBe(false);
    const other = drawTeams({ ...request, seed: 42 });
    expect(other.teams).not.toEqual(record.teams);
    expect(record.poolIds).toEqual(pool.map((p) => p.id).sort());
  });

  it('says clearly when the pool is too small after exclusions', () => {
    const tiny = refusal(() => drawTeams({ ...request, pool: pool.slice(0, 5) }));
    expect(tiny.code).toBe('E_VALIDATION');
    expect(tiny.field).toBe('poolIds');
    expect(tiny.text.zh).toBe('专家库只有 5 人，3 个组每组 3 人共需 9 人');
    const conflicted = pool.map((p) => ({ ...p, conflictUnitIds: targets.slice(0, 4) }));
    const narrow = refusal(() =>
      drawTeams({
        ...request,
        teamCount: 1,
        membersPerTeam: 0,
        pool: conflicted,
        targetUnitIds: targets.slice(0, 4),
      }),
    );
    expect(narrow.text.en).toContain('Team 1 needs 1 (one able to lead); only 0 remain');
    const leaders = refusal(() =>
      drawTeams({ ...request, pool: pool.map((p) => ({ ...p, canLead: false })) }),
    );
    expect(leaders.details).toMatchObject({ hasLeader: false });
    expect(refusal(() => drawTeams({ ...request, teamCount: 11 })).text.en).toContain(
      'cannot be split into 11 teams',
    );
  });
});
