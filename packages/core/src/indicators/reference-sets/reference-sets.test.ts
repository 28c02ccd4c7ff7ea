import { describe, expect, it } from 'vitest';
import { unitCategories } from '../../registry/vocabulary.ts';
import { compileFormula } from '../formula/compile.ts';
import { evaluateFormula } from '../formula/evaluate.ts';
import { sampleMeasures } from '../formula/measures.ts';
import { IndicatorNodeSchema, IndicatorSetMetaSchema, withCategoryCheck } from '../indicators.schemas.ts';
import { scoreLeaf } from '../rules/evaluate.ts';
import { buildSet, sequentialIds } from '../test-fixtures.ts';
import { exportIndicatorSet, importIndicatorSetJson } from '../transfer-json.ts';
import { indicatorSheetRows, readIndicatorSheet } from '../transfer-sheet.ts';
import { validateSet } from '../validate.ts';
import { referenceSets } from './all.ts';
import { instantiateReferenceSet } from './build.ts';

describe('reference sets', () => {
  it.each(referenceSets.map((ref) => [ref.key, ref] as const))(
    '%s passes publish validation without warnings',
    (_key, ref) => {
      const { meta, nodes } = instantiateReferenceSet(ref, sequentialIds());
      expect(validateSet(meta, nodes)).toEqual([]);
      expect(withCategoryCheck(IndicatorSetMetaSchema).parse(meta)).toEqual(meta);
      for (const node of nodes) expect(IndicatorNodeSchema.parse(node)).toEqual(node);
    },
  );

  it('are one common set and an X set for each category of the pilots', () => {
    expect(referenceSets.map((s) => [s.key, s.meta.kind, s.meta.category])).toEqual([
      ['common', 'common', null],
      ['science', 'category', 'science'],
      ['foreignAffairs', 'category', 'foreignAffairs'],
      ['development', 'category', 'development'],
      ['approval', 'category', 'approval'],
      ['health', 'category', 'health'],
      ['education', 'category', 'education'],
    ]);
    for (const set of referenceSets)
      if (set.meta.category) expect(unitCategories.codes).toContain(set.meta.category);
  });

  it('gives the common set the six areas of DOMAIN.md §2.7, a bonus cap of 5 and veto items', () => {
    const { meta, nodes } = instantiateReferenceSet(
      referenceSets[0] as (typeof referenceSets)[0],
      sequentialIds(),
    );
    const top = nodes.filter((n) => n.level === 1);
    expect(top.map((n) => `${n.code} ${n.name} ${n.maxPoints} ${n.role}`)).toEqual([
      '1 职能履行 25 scored',
      '2 机构设置 15 scored',
      '3 编制使用 25 scored',
      '4 领导职数 10 scored',
      '5 管理规范 15 scored',
      '6 满意度 10 scored',
      '7 加分项 5 bonus',
      '8 否决事项 0 veto',
    ]);
    expect(meta).toMatchObject({ fullMark: 100, bonusCap: 5 });
    expect(nodes.filter((n) => n.rule?.kind === 'veto').map((n) => n.rule)).toContainEqual({
      kind: 'veto',
      effect: 'forceLowest',
    });
    expect(new Set(nodes.flatMap((n) => (n.rule ? [n.rule.kind] : []))).size).toBeGreaterThanOrEqual(9);
  });

  it('have formulas that score the sample unit', () => {
    const formulas = referenceSets.flatMap((ref) =>
      instantiateReferenceSet(ref, sequentialIds()).nodes.flatMap((n) =>
        n.rule?.kind === 'formula' ? [{ node: n, rule: n.rule }] : [],
      ),
    );
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    for (const { node, rule } of formulas) {
      const compiled = compileFormula(rule.expression);
      if (!compiled.ok) throw new Error(compiled.errors[0]?.message.en);
      const value = evaluateFormula(compiled.expr, sampleMeasures);
      expect(value.ok).toBe(true);
      const scored = scoreLeaf(rule, node.maxPoints, { value: value.ok ? (value.value as number) : null });
      expect(scored.points).not.toBeNull();
    }
  });

  it.each(referenceSets.map((ref) => [ref.key, ref] as const))(
    '%s round-trips through the Excel rows and JSON',
    (_key, ref) => {
      const { meta, nodes } = instantiateReferenceSet(ref, sequentialIds());
      const strip = (list: typeof nodes) => list.map(({ id: _i, parentId: _p, ...rest }) => rest);
      const sheet = readIndicatorSheet(indicatorSheetRows(nodes), '指标体系', sequentialIds('bbbbbbbb'));
      expect(sheet.ok && strip(sheet.nodes)).toEqual(strip(nodes));
      const json = importIndicatorSetJson(
        JSON.parse(JSON.stringify(exportIndicatorSet(buildSet(meta), nodes, '2025-01-01T00:00:00.000Z'))),
        sequentialIds('cccccccc'),
      );
      expect(json.ok && { meta: json.meta, nodes: strip(json.nodes) }).toEqual({ meta, nodes: strip(nodes) });
    },
  );
});
