import { z } from 'zod';
import { regionLevels, unitKinds, unitRanks } from '../registry/vocabulary.ts';
import { type RegionSettingKey, warningSettingFields } from './settings-fields.ts';
import { WarningSettingsSchema } from './warnings.schemas.ts';

/**
 * API shapes of the warning settings per region: what a region's thresholds are and where each
 * comes from, and the override an officer saves. Messages are "中文 / English" so the server's
 * validation error names the threshold in the user's language.
 */

const labelOf = (key: RegionSettingKey) => warningSettingFields[key].label;

function rate(key: RegionSettingKey) {
  const { zh, en } = labelOf(key);
  const message = `${zh}须为 0 到 1 之间的比例（0%–100%） / ${en} must be a share between 0 and 1 (0%–100%)`;
  return z.number({ error: message }).min(0, message).max(1, message);
}

function integer(key: RegionSettingKey) {
  const kind = warningSettingFields[key].kind;
  if (kind.type !== 'integer') throw new Error(`${key} is not an integer setting`);
  const { zh, en } = labelOf(key);
  const message = `${zh}须为 ${kind.min} 到 ${kind.max} 之间的整数（${kind.unit.zh}） / ${en} must be a whole number of ${kind.unit.en} from ${kind.min} to ${kind.max}`;
  return z.number({ error: message }).int(message).min(kind.min, message).max(kind.max, message);
}

const isUnique = (list: readonly string[]) => new Set(list).size === list.length;

function kindList(key: RegionSettingKey) {
  const { zh, en } = labelOf(key);
  return z
    .array(
      z.enum(unitKinds.codes, {
        error: `${zh}含有未知的单位性质 / ${en} contains an unknown unit kind`,
      }),
      { error: `${zh}须为单位性质列表 / ${en} must be a list of unit kinds` },
    )
    .refine(isUnique, `${zh}中有重复的单位性质 / ${en} lists a unit kind twice`);
}

/** Ranks that can be compared; 未定级 never is. */
export const comparableRanks = unitRanks.codes.filter((r) => r !== 'unranked');

function rankOrder(key: RegionSettingKey) {
  const { zh, en } = labelOf(key);
  const actualRank = `${zh}只能包含已定级的规格 / ${en} may only list actual ranks, not “unranked”`;
  return z
    .array(
      z.enum(unitRanks.codes, { error: actualRank }).refine((r) => r !== 'unranked', actualRank),
      {
        error: `${zh}须为规格列表 / ${en} must be a list of ranks`,
      },
    )
    .min(1, `${zh}至少需要一个规格 / ${en} needs at least one rank`)
    .refine(isUnique, `${zh}中有重复的规格 / ${en} lists a rank twice`);
}

/** Every region threshold, validated with the bounds of the settings form. */
export const RegionSettingsInputSchema = z.strictObject({
  exitDeadlineWorkingDays: integer('exitDeadlineWorkingDays'),
  entryDeadlineWorkingDays: integer('entryDeadlineWorkingDays'),
  vacancyRateThreshold: rate('vacancyRateThreshold'),
  vacancyMonths: integer('vacancyMonths'),
  lowUseRate: rate('lowUseRate'),
  secondmentDays: integer('secondmentDays'),
  institutionalQuotaForbiddenKinds: kindList('institutionalQuotaForbiddenKinds'),
  administrativeQuotaForbiddenKinds: kindList('administrativeQuotaForbiddenKinds'),
  zombieMaxHeadcount: integer('zombieMaxHeadcount'),
  zombieWorkloadRatio: rate('zombieWorkloadRatio'),
  zombieGraceMonths: integer('zombieGraceMonths'),
  publicInstitutionKinds: kindList('publicInstitutionKinds'),
  rankOrder: rankOrder('rankOrder'),
});

/**
 * A region's own thresholds as saved: only the fields it sets (the others are inherited), and the
 * `version` the form started from (0 when the region had no settings of its own yet).
 */
export const RegionSettingsOverrideInputSchema = RegionSettingsInputSchema.partial().extend({
  version: z.number().int().min(0),
});
export type RegionSettingsOverrideInput = z.infer<typeof RegionSettingsOverrideInputSchema>;

export const RegionIdParamsSchema = z.object({ regionId: z.uuid() });

/** 恢复继承 quotes the version it read, like a save. */
export const RegionSettingsClearQuerySchema = z.object({ version: z.coerce.number().int().min(0) });

/** Where a value in force comes from: the built-in default, a region above, or this region. */
export const SettingSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('default') }),
  z.object({ kind: z.literal('inherited'), regionId: z.uuid(), regionName: z.string() }),
  z.object({ kind: z.literal('own') }),
]);
export type SettingSource = z.infer<typeof SettingSourceSchema>;

const settingShape = WarningSettingsSchema.shape;

const fieldOf = <S extends z.ZodType>(value: S) =>
  z.object({
    value,
    source: SettingSourceSchema,
    /** What would apply without this region's own value: shown beside the field, restored by 恢复继承. */
    inherited: z.object({ value, source: SettingSourceSchema }),
  });

const fieldShapes = {
  exitDeadlineWorkingDays: fieldOf(settingShape.exitDeadlineWorkingDays),
  entryDeadlineWorkingDays: fieldOf(settingShape.entryDeadlineWorkingDays),
  vacancyRateThreshold: fieldOf(settingShape.vacancyRateThreshold),
  vacancyMonths: fieldOf(settingShape.vacancyMonths),
  lowUseRate: fieldOf(settingShape.lowUseRate),
  secondmentDays: fieldOf(settingShape.secondmentDays),
  institutionalQuotaForbiddenKinds: fieldOf(settingShape.institutionalQuotaForbiddenKinds),
  administrativeQuotaForbiddenKinds: fieldOf(settingShape.administrativeQuotaForbiddenKinds),
  zombieMaxHeadcount: fieldOf(settingShape.zombieMaxHeadcount),
  zombieWorkloadRatio: fieldOf(settingShape.zombieWorkloadRatio),
  zombieGraceMonths: fieldOf(settingShape.zombieGraceMonths),
  publicInstitutionKinds: fieldOf(settingShape.publicInstitutionKinds),
  rankOrder: fieldOf(settingShape.rankOrder),
} satisfies Record<RegionSettingKey, z.ZodType>;

/** The thresholds in force in a region, each with its source. */
export const RegionWarningSettingsSchema = z
  .object({
    region: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
    /** Version of this region's own settings; 0 while it has none. */
    version: z.number().int(),
    updatedAt: z.string().nullable(),
    fields: z.object(fieldShapes),
  })
  .meta({ id: 'RegionWarningSettings' });
export type RegionWarningSettings = z.infer<typeof RegionWarningSettingsSchema>;
export type EffectiveSettingFields = RegionWarningSettings['fields'];

/** The regions an officer may set thresholds for, and which of them set any themselves. */
export const RegionSettingsListSchema = z
  .array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      level: z.enum(regionLevels.codes),
      parentId: z.uuid().nullable(),
      /** How many thresholds the region sets itself (0 = everything inherited). */
      ownFields: z.number().int(),
      version: z.number().int(),
    }),
  )
  .meta({ id: 'RegionSettingsList' });
export type RegionSettingsList = z.infer<typeof RegionSettingsListSchema>;
