import { describe, expect, it } from 'vitest';
import { childrenByParent, depthOf, orderTree, subtreeHeight, subtreeIds, walkTree } from './tree.ts';

const n = (id: string, parentId: string | null, seq: number) => ({ id, parentId, seq });
const nodes = [n('b', null, 2), n('a1', 'a', 1), n('a', null, 1), n('a2', 'a', 2), n('a21', 'a2', 1)];

describe('tree helpers', () => {
  it('orders siblings by seq and walks parents before children', () => {
    expect(orderTree(nodes).map((x) => x.id)).toEqual(['a', 'a1', 'a2', 'a21', 'b']);
    expect(walkTree(nodes).map((v) => `${v.node.id}@${v.depth}:${v.path.join('.')}`)).toEqual([
      'a@1:1',
      'a1@2:1.1',
      'a2@2:1.2',
      'a21@3:1.2.1',
      'b@1:2',
    ]);
    expect(
      childrenByParent(nodes)
        .get('a')
        ?.map((x) => x.id),
    ).toEqual(['a1', 'a2']);
  });

  it('keeps list order for equal seq', () => {
    expect(orderTree([n('x', null, 1), n('y', null, 1)]).map((x) => x.id)).toEqual(['x', 'y']);
  });

  it('finds subtrees, heights and depths', () => {
    expect([...subtreeIds(nodes, 'a')].sort()).toEqual(['a', 'a1', 'a2', 'a21']);
    expect(subtreeHeight(nodes, 'a')).toBe(3);
    expect(subtreeHeight(nodes, 'b')).toBe(1);
    expect(depthOf(nodes, 'a21')).toBe(3);
    expect(depthOf(nodes, 'zz')).toBeNull();
  });

  it('never loops on a broken tree', () => {
    const broken = [n('p', 'q', 1), n('q', 'p', 1), n('r', 'missing', 1), n('s', null, 1)];
    expect(orderTree(broken).map((x) => x.id)).toEqual(['s']);
    expect(depthOf(broken, 'p')).toBeNull();
    expect(depthOf(broken, 'r')).toBeNull();
    expect(subtreeHeight(broken, 'p')).toBe(2);
  });
});
