import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { FrozenSetSchema, freezeSet, frozenLeaves, refOfFrozenSet } from './freeze.ts';
import { publishedCommonSet, sequentialIds } from './test-fixtures.ts';

describe('freezing a set into a campaign', () => {
  it('copies the tree with new ids, the same codes and lineage to the library', () => {
    const { set, nodes } = publishedCommonSet();
    const frozen = freezeSet(set, nodes, sequentialIds('ffffffff'));
    expect(FrozenSetSchema.parse(frozen)).toEqual(frozen);
    expect(frozen.source).toEqual({ setId: set.id, seriesId: set.seriesId, edition: 1, name: set.name });
    expect(frozen.nodes.map((n) => n.code)).toEqual(nodes.map((n) => n.code));
    const libraryIds = new Set(nodes.map((n) => n.id));
    for (const [i, node] of frozen.nodes.entries()) {
      const original = nodes[i];
      expect(libraryIds.has(node.id)).toBe(false);
      expect(node.lineage).toEqual({ sourceSetId: set.id, sourceNodeId: original?.id });
      const parent = frozen.nodes.find((n) => n.id === node.parentId);
      expect(parent?.code ?? null).toBe(nodes.find((n) => n.id === original?.parentId)?.code ?? null);
    }
    expect(frozenLeaves(frozen)).toHaveLength(34);
    expect(refOfFrozenSet(frozen)).not.toHaveProperty('nodes');
  });

  it('does not change when the library set is edited afterwards', () => {
    const { set, nodes } = publishedCommonSet();
    const frozen = freezeSet(set, nodes, sequentialIds('ffffffff'));
    const before = JSON.stringify(frozen);
    set.name = '改过的名称';
    set.fullMark = 120;
    for (const node of nodes) {
      node.name = `${node.name}（改）`;
      node.maxPoints += 1;
      node.checkpoints.push('新增要点');
      node.sources.push('survey');
      if (node.rule?.kind === 'deductPerCase') node.rule.pointsPerCase = 9;
      if (node.rule?.kind === 'grade') node.rule.levels[0] = { label: { zh: '优', en: 'A' }, fraction: 0.5 };
    }
    nodes.pop();
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('refuses drafts and archived editions', () => {
    const { set, nodes } = publishedCommonSet();
    for (const status of ['draft', 'archived'] as const) {
      try {
        freezeSet({ ...set, status }, nodes, sequentialIds());
        throw new Error('expected a refusal');
      } catch (error) {
        expect((error as AppError).code).toBe('E_ILLEGAL_TRANSITION');
        expect((error as AppError).text.zh).toContain('只有已发布的版本才能用于评估项目');
      }
    }
  });
});
