import { type Role, roles } from '@bianping/core/auth/roles';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import type { IndicatorSetStatus } from '@bianping/core/indicators/vocabulary';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';

/**
 * Who may do what in the indicator library. The library is shared: every signed-in role reads
 * published sets (a county refines the city's), and drafts are shown only to those who write or
 * review them. Officers and administrators write sets their office owns; experts enter their own
 * AHP judgements and comment. A draft hidden from a role answers 404, as if it did not exist.
 */

/** Every role reads published (and archived) sets. */
export const indicatorReaders: readonly Role[] = roles;
/** Read drafts too. */
export const draftReaders: readonly Role[] = ['admin', 'officer', 'expert'];
/** Create, edit, publish, derive, import, apply AHP weights. */
export const indicatorWriters: readonly Role[] = ['admin', 'officer'];
/** Enter their own AHP judgement and comment on drafts. */
export const indicatorReviewers: readonly Role[] = ['admin', 'officer', 'expert'];

const holds = (principal: Principal, wanted: readonly Role[]) =>
  principal.roles.some((a) => wanted.includes(a.role));

/** The statuses a principal may see: drafts only for writers and reviewers. */
export const visibleStatuses = (principal: Principal): IndicatorSetStatus[] =>
  holds(principal, draftReaders) ? ['draft', 'published', 'archived'] : ['published', 'archived'];

const setLabel = { zh: '指标体系', en: 'Indicator set' };

/** Throws 404 when the principal may not see a set in this status. */
export function assertVisible(principal: Principal, set: { status: string } | undefined) {
  if (!set || !visibleStatuses(principal).includes(set.status as IndicatorSetStatus)) {
    throw notFound(setLabel);
  }
}

/** The regions whose sets a principal may write: all, or its region subtrees. */
export async function writableRegions(db: Db, principal: Principal): Promise<'all' | string[]> {
  const writers = principal.roles.filter((a) => indicatorWriters.includes(a.role));
  if (writers.some((a) => a.scopeType === 'all')) return 'all';
  return regionSubtreeIds(
    db,
    writers.filter((a) => a.scopeType === 'region' && a.scopeId).map((a) => a.scopeId as string),
  );
}

/** Refuses to write a set owned by an office outside the principal's scope. */
export async function assertWritable(db: Db, principal: Principal, regionId: string | null) {
  const regions = await writableRegions(db, principal);
  if (regions === 'all' || (regionId !== null && regions.includes(regionId))) return;
  throw new AppError(ErrorCode.Forbidden, {
    zh:
      regionId === null
        ? '通用参考指标体系只能由全域编办人员或管理员修改'
        : '您只能修改本级（及下级）编办的指标体系',
    en:
      regionId === null
        ? 'Only officers over every region or administrators may change a library-wide set'
        : 'You can only change the sets of your own office and the offices below it',
  });
}

/**
 * The office a new set belongs to: the one asked for (if the principal may write it), else the
 * principal's own region; an officer over everything creates library-wide sets by default.
 */
export async function owningRegionFor(db: Db, principal: Principal, asked: string | undefined) {
  if (asked) {
    await assertWritable(db, principal, asked);
    return asked;
  }
  const own = principal.roles.find(
    (a) => indicatorWriters.includes(a.role) && a.scopeType === 'region' && a.scopeId,
  );
  return own?.scopeId ?? null;
}
