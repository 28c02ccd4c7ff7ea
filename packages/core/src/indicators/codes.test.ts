import { describe, expect, it } from 'vitest';
import { changedPlaces, insertNode, moveNode, type Placed, removeNode, renumber } from './codes.ts';

const n = (id: string, parentId: string | null, seq: number): Placed => ({
  id,
  parentId,
  seq,
  code: '',
  level: 0,
});
const tree = renumber([
  n('A', null, 1),
  n('A1', 'A', 1),
  n('A2', 'A', 2),
  n('A21', 'A2', 1),
  n('B', null, 2),
  n('B1', 'B', 1),
]);
const codes = (nodes: Placed[]) => nodes.map((x) => `${x.id}=${x.code}`).join(' ');

describe('renumber', () => {
  it('numbers 1, 1.2, 1.2.3 from the places, closing gaps', () => {
    const gappy = [n('A', null, 5), n('A1', 'A', 7), n('A2', 'A', 9), n('A21', 'A2', 4), n('B', null, 10)];
    expect(renumber(gappy).map((x) => [x.id, x.seq, x.code, x.level])).toEqual([
      ['A', 1, '1', 1],
      ['A1', 1, '1.1', 2],
      ['A2', 2, '1.2', 2],
      ['A21', 1, '1.2.1', 3],
      ['B', 2, '2', 1],
    ]);
  });
});

describe('moveNode', () => {
  it('reorders among siblings', () => {
    const moved = moveNode(tree, 'B', { parentId: null, position: 1 });
    expect(moved.ok && codes(moved.nodes)).toBe('B=1 B1=1.1 A=2 A1=2.1 A2=2.2 A21=2.2.1');
  });

  it('moves a subtree under another parent and renumbers both sides', () => {
    const moved = moveNode(tree, 'A2', { parentId: 'B', position: 1 });
    expect(moved.ok && codes(moved.nodes)).toBe('A=1 A1=1.1 B=2 A2=2.1 A21=2.1.1 B1=2.2');
    expect(moved.ok && changedPlaces(tree, moved.nodes).map((x) => x.id)).toEqual(['A2', 'A21', 'B1']);
  });

  it('appends when no position is given and clamps a position out of range', () => {
    const last = moveNode(tree, 'A1', { parentId: 'B' });
    expect(last.ok && codes(last.nodes)).toContain('B1=2.1 A1=2.2');
    const clamped = moveNode(tree, 'A1', { parentId: 'B', position: 99 });
    expect(clamped.ok && codes(clamped.nodes)).toContain('A1=2.2');
  });

  it('refuses a move under itself or deeper than three levels', () => {
    expect(moveNode(tree, 'A', { parentId: 'A21' })).toMatchObject({
      ok: false,
      message: { en: 'An indicator cannot move under itself or its own sub-indicators' },
    });
    expect(moveNode(tree, 'A2', { parentId: 'B1' })).toMatchObject({
      ok: false,
      message: { zh: '指标最多 3 级，不能放在这里' },
    });
    expect(moveNode(tree, 'X', { parentId: null }).ok).toBe(false);
    expect(moveNode(tree, 'A1', { parentId: 'X' }).ok).toBe(false);
  });
});

describe('insertNode and removeNode', () => {
  it('inserts at a position', () => {
    const added = insertNode(tree, n('A0', null, 0), { parentId: 'A', position: 1 });
    expect(added.ok && codes(added.nodes)).toBe('A=1 A0=1.1 A1=1.2 A2=1.3 A21=1.3.1 B=2 B1=2.1');
  });

  it('refuses a fourth level', () => {
    expect(insertNode(tree, n('X', null, 0), { parentId: 'A21' }).ok).toBe(false);
    expect(insertNode(tree, n('X', null, 0), { parentId: 'nope' }).ok).toBe(false);
  });

  it('removes a subtree and closes the gap', () => {
    const { nodes, removed } = removeNode(tree, 'A');
    expect(removed.sort()).toEqual(['A', 'A1', 'A2', 'A21']);
    expect(codes(nodes)).toBe('B=1 B1=1.1');
  });
});
