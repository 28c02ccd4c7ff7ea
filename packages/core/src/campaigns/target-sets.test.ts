import { describe, expect, it } from 'vitest';
import { checkPlanForLaunch } from './plan-check.ts';
import { assignSets, checkAssignments, selectTargets, type TargetableUnit } from './target-sets.ts';
import { uuid } from './test-fixtures.ts';

const regionA = uuid(101);
const regionB = uuid(102);
const unit = (n: number, overrides: Partial<TargetableUnit> = {}): TargetableUnit => ({
  id: uuid(n),
  name: `单位${n}`,
  kind: 'administrative',
  category: 'science',
  regionId: regionA,
  status: 'active',
  ...overrides,
});
const units = [
  unit(1),
  unit(2, { category: 'health', kind: 'publicWelfare1' }),
  unit(3, { regionId: regionB }),
  unit(4, { status: 'abolished' }),
  unit(5, { category: 'township' }),
];
const common = uuid(201);
const science = uuid(202);
const health = uuid(203);
const choice = { commonSetId: common, categorySetIds: { science, health } };

describe('target selection', () => {
  it('filters by kind, category and region, active units only, with hand picks', () => {
    const ids = (f: Parameters<typeof selectTargets>[1]) => selectTargets(units, f).map((u) => u.id);
    expect(ids({})).toEqual([uuid(1), uuid(2), uuid(3), uuid(5)]);
    expect(ids({ kinds: ['publicWelfare1'] })).toEqual([uuid(2)]);
    expect(ids({ categories: ['science'], regionIds: [regionA] })).toEqual([uuid(1)]);
    expect(
      ids({ categories: ['science'], includeUnitIds: [uuid(2), uuid(4)], excludeUnitIds: [uuid(1)] }),
    ).toEqual([uuid(2), uuid(3)]);
  });

  it('gives each target the common set and the X set of its category, unless overridden', () => {
    const assigned = assignSets(selectTargets(units, {}), choice, [{ unitId: uuid(3), setIds: [health] }]);
    expect(assigned.map((a) => [a.unitName, a.setIds, a.origin, a.missingCategorySet])).toEqual([
      ['单位1', [common, science], 'auto', false],
      ['单位2', [common, health], 'auto', false],
      ['单位3', [health], 'override', false],
      ['单位5', [common], 'auto', true],
    ]);
    const problems = checkAssignments(assigned);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('noCategorySet');
    expect(problems[0]?.message.zh).toContain('“单位5”所属类别“乡镇街道”没有个性指标');
  });

  it('blocks the launch of targets without sets and of unknown sets or overrides', () => {
    const targets = assignSets(selectTargets(units, {}), { commonSetId: null, categorySetIds: { science } });
    const nodes = new Map([[science, [{ code: '1.1', sources: ['self' as const], isLeaf: true }]]]);
    const check = checkPlanForLaunch({
      phases: [],
      sourceWeights: {
        global: { self: 1 },
        overrides: [
          { setId: science, code: '1.1', weights: { onsite: 1 } },
          { setId: science, code: '9.9', weights: { self: 1 } },
        ],
      },
      targets,
      nodesBySet: nodes,
    });
    expect(check.targetCount).toBe(4);
    expect(check.targetsWithoutSets).toBe(2);
    expect(check.problems.slice(0, 3).map((p) => p.code)).toEqual([
      'noPhases',
      'sourceNotAllowed',
      'unknownIndicator',
    ]);
    expect(check.planProblems[1]?.message.zh).toBe('指标 1.1 不采用“实地评估”，不能为其设置权重');
  });
});
