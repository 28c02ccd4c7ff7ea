import { z } from 'zod';
import { type UnitCategory, type UnitKind, unitCategories, unitKinds } from '../registry/vocabulary.ts';
import { msg, type Problem } from './messages.ts';

/**
 * Choosing the targets (评估对象) of a campaign and their indicator sets ("1+X"): units are picked
 * by kind, category and region, each gets the common set plus the X set of its category, and an
 * officer may override the sets of any target. Only active units are picked: merged or abolished
 * units can no longer be evaluated.
 */

/** Filters of the target picker; absent lists do not filter. */
export const TargetFiltersSchema = z.object({
  kinds: z.array(z.enum(unitKinds.codes)).optional(),
  categories: z.array(z.enum(unitCategories.codes)).optional(),
  /** Regions with everything below them already expanded by the caller (the region tree). */
  regionIds: z.array(z.uuid()).optional(),
  /** Extra units picked by hand, whatever the filters. */
  includeUnitIds: z.array(z.uuid()).max(5000).optional(),
  /** Units left out by hand, whatever the filters. */
  excludeUnitIds: z.array(z.uuid()).max(5000).optional(),
});
export type TargetFilters = z.infer<typeof TargetFiltersSchema>;

/** Which library sets the "1" and each "X" are. */
export const SetChoiceSchema = z.object({
  commonSetId: z.uuid().nullable(),
  categorySetIds: z.partialRecord(z.enum(unitCategories.codes), z.uuid()).default({}),
});
export type SetChoice = z.infer<typeof SetChoiceSchema>;

/** An officer's choice of sets for one target, replacing the automatic ones. */
export const TargetSetOverrideSchema = z.object({
  unitId: z.uuid(),
  setIds: z
    .array(z.uuid())
    .min(1, msg('至少选择一套指标体系', 'choose at least one indicator set'))
    .max(5)
    .refine((ids) => new Set(ids).size === ids.length, msg('指标体系不能重复', 'a set is listed twice')),
});
export type TargetSetOverride = z.infer<typeof TargetSetOverrideSchema>;

/** What the picker needs of a unit (a subset of the registry's `UnitSummary`). */
export type TargetableUnit = {
  id: string;
  name: string;
  kind: UnitKind;
  category: UnitCategory;
  regionId: string;
  status: 'active' | 'merged' | 'abolished';
};

/** A target and its sets. */
export type TargetAssignment = {
  unitId: string;
  unitName: string;
  category: UnitCategory;
  setIds: string[];
  /** `auto`: common + X of its category; `override`: chosen by an officer. */
  origin: 'auto' | 'override';
  /** Automatic sets without an X set for the unit's category: only the common set applies. */
  missingCategorySet: boolean;
};

const allows = <T>(list: readonly T[] | undefined, value: T) => !list || list.includes(value);

/** The active units the filters select, in the given order (hand picks included). */
export function selectTargets<U extends TargetableUnit>(units: readonly U[], filters: TargetFilters): U[] {
  const include = new Set(filters.includeUnitIds ?? []);
  const exclude = new Set(filters.excludeUnitIds ?? []);
  return units.filter((u) => {
    if (u.status !== 'active' || exclude.has(u.id)) return false;
    if (include.has(u.id)) return true;
    return (
      allows(filters.kinds, u.kind) &&
      allows(filters.categories, u.category) &&
      allows(filters.regionIds, u.regionId)
    );
  });
}

/** The automatic sets of a unit: the common set, then the X set of its category if there is one. */
export function automaticSetIds(unit: Pick<TargetableUnit, 'category'>, choice: SetChoice): string[] {
  const x = choice.categorySetIds[unit.category];
  return [choice.commonSetId, x].filter((id): id is string => typeof id === 'string');
}

/** Every selected unit with its sets: the officer's override, else the automatic ones. */
export function assignSets(
  units: readonly TargetableUnit[],
  choice: SetChoice,
  overrides: readonly TargetSetOverride[] = [],
): TargetAssignment[] {
  const byUnit = new Map(overrides.map((o) => [o.unitId, o.setIds]));
  return units.map((u) => {
    const override = byUnit.get(u.id);
    return {
      unitId: u.id,
      unitName: u.name,
      category: u.category,
      setIds: override ? [...override] : automaticSetIds(u, choice),
      origin: override ? 'override' : 'auto',
      missingCategorySet: !override && choice.categorySetIds[u.category] === undefined,
    };
  });
}

/**
 * Targets that cannot be launched as they are: no set at all, or (a warning the plan page shows)
 * no X set for their category.
 */
export function checkAssignments(
  assignments: readonly TargetAssignment[],
): Problem<'noSets' | 'noCategorySet'>[] {
  const problems: Problem<'noSets' | 'noCategorySet'>[] = [];
  assignments.forEach((a, i) => {
    if (a.setIds.length === 0) {
      problems.push({
        code: 'noSets',
        field: `targets.${i}.setIds`,
        message: { zh: `“${a.unitName}”没有指标体系`, en: `“${a.unitName}” has no indicator set` },
      });
    } else if (a.missingCategorySet) {
      const label = unitCategories.labels[a.category];
      problems.push({
        code: 'noCategorySet',
        field: `targets.${i}.setIds`,
        message: {
          zh: `“${a.unitName}”所属类别“${label.zh}”没有个性指标，仅按共性指标评估`,
          en: `“${a.unitName}” (${label.en}) has no category set; only the common set applies`,
        },
      });
    }
  });
  return problems;
}
