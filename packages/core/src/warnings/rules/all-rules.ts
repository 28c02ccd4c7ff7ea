import type { WarningCode } from '../warnings.schemas.ts';
import type { WarningRule } from './rule.ts';
import { w01OverQuota } from './w01-over-quota.ts';
import { w02HiringOverQuota } from './w02-hiring-over-quota.ts';
import { w03OverLeaderPosts } from './w03-over-leader-posts.ts';
import { w04OverRank } from './w04-over-rank.ts';
import { w05MixedQuota } from './w05-mixed-quota.ts';
import { w06HighVacancy } from './w06-high-vacancy.ts';
import { w07LowUse } from './w07-low-use.ts';
import { w08ZombieInstitution } from './w08-zombie-institution.ts';
import { w09InternalBodies } from './w09-internal-bodies.ts';
import { w10OverdueExit } from './w10-overdue-exit.ts';
import { w11OverdueEntry } from './w11-overdue-entry.ts';
import { w12NonQuotaOverCap } from './w12-non-quota-over-cap.ts';
import { w13DataQuality } from './w13-data-quality.ts';

export type { WarningRule } from './rule.ts';

/** The per-unit rules of DOMAIN.md §4, in code order. */
export const warningRuleList: readonly WarningRule[] = [
  w01OverQuota,
  w02HiringOverQuota,
  w03OverLeaderPosts,
  w04OverRank,
  w05MixedQuota,
  w06HighVacancy,
  w07LowUse,
  w08ZombieInstitution,
  w09InternalBodies,
  w10OverdueExit,
  w11OverdueEntry,
  w12NonQuotaOverCap,
  w13DataQuality,
];

export const warningRuleByCode: ReadonlyMap<WarningCode, WarningRule> = new Map(
  warningRuleList.map((rule) => [rule.code, rule]),
);
