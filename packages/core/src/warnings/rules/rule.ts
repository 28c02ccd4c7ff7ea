import type { LocalizedText } from '../../errors.ts';
import { type StaffingType, staffingTypes, type UnitRank, unitRanks } from '../../registry/vocabulary.ts';
import type {
  HitParamValue,
  UnitSnapshot,
  WarningCode,
  WarningHit,
  WarningSettings,
  WarningSeverity,
} from '../warnings.schemas.ts';
import type { IsoDate } from '../working-days.ts';

/**
 * A warning rule: metadata for the UI plus `collect`, which appends the rule's hits on one unit
 * to `out` (so a scan over 100,000 units allocates nothing for units without hits), and
 * `evaluate`, the same returning a fresh array.
 */
export type WarningRule = {
  readonly code: WarningCode;
  readonly name: LocalizedText;
  /** The rule's headline severity; a hit may carry another (W06 满编 is info, W13 duplicates red). */
  readonly severity: WarningSeverity;
  readonly blocksByDefault: boolean;
  /** What the rule checks, with the thresholds of `settings`. */
  describe(settings: WarningSettings): LocalizedText;
  collect(snapshot: UnitSnapshot, settings: WarningSettings, today: IsoDate, out: WarningHit[]): void;
  evaluate(snapshot: UnitSnapshot, settings: WarningSettings, today: IsoDate): WarningHit[];
};

type RuleDefinition = Omit<WarningRule, 'evaluate' | 'blocksByDefault'> & { blocksByDefault?: boolean };

export function defineRule(definition: RuleDefinition): WarningRule {
  const { collect } = definition;
  return {
    ...definition,
    blocksByDefault: definition.blocksByDefault ?? false,
    evaluate(snapshot, settings, today) {
      const out: WarningHit[] = [];
      collect(snapshot, settings, today, out);
      return out;
    },
  };
}

export const hit = (
  code: WarningCode,
  unitId: string,
  severity: WarningSeverity,
  key: string,
  params: Record<string, HitParamValue>,
  message: LocalizedText,
): WarningHit => ({ code, unitId, severity, key, params, message });

/** Merged or abolished units get data-quality checks only. */
export const isInactive = (snapshot: UnitSnapshot) => snapshot.unit.status !== 'active';

export const staffingTypeLabel = (type: StaffingType) => staffingTypes.labels[type];
export const rankLabel = (rank: UnitRank) => unitRanks.labels[rank];

/** ΣA or ΣH over every staffing type. */
export function total(byType: Partial<Record<StaffingType, number>>): number {
  let sum = 0;
  for (const type of staffingTypes.codes) sum += byType[type] ?? 0;
  return sum;
}

/** Ratios are compared with this tolerance so that 2/10 counts as exactly 20 %. */
export const RATIO_EPSILON = 1e-9;

/** `0.2` → `20%`, `0.1667` → `16.7%`. */
export const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** Rounds a figure for a message: 123.456 → 123.46. */
export const figure = (value: number) => Math.round(value * 100) / 100;
