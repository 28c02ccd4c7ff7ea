import type { Role } from '@bianping/core/auth/roles';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { findCampaign } from './campaigns.queries.ts';
import { departmentsWithAssignments } from './external.queries.ts';

/**
 * Who sees and changes 外部评价. The office (officers and administrators whose region scope holds
 * the campaign) reads the overview and assigns, unassigns, returns and accepts; leaders of that
 * scope read the overview. A rater department's `rater` accounts (scope unit = the department)
 * read and fill only their own department's sheet: another department's assignment, or a campaign
 * where the department holds none, is 404. A rater account scoped to a campaign has no department
 * and is refused (403). Raters are refused by role on every other campaign route, and nobody but
 * raters reaches the rater routes.
 */

export const externalReaders: readonly Role[] = ['admin', 'officer', 'leader'];
export const externalManagers: readonly Role[] = ['admin', 'officer'];
export const externalRaters: readonly Role[] = ['rater'];

const sheetLabel = { zh: '本部门的外部评价表', en: 'Your department’s external rating sheet' };
export const sheetNotFound = () => notFound(sheetLabel);

/** The departments the caller rates for (its `rater` roles scoped to a unit); 403 when none. */
export function raterUnitIdsOf(principal: Principal): string[] {
  const held = principal.roles.filter((a) => a.role === 'rater');
  const unitIds = held.filter((a) => a.scopeType === 'unit' && a.scopeId).map((a) => a.scopeId as string);
  if (unitIds.length === 0) {
    throw new AppError(ErrorCode.Forbidden, {
      zh: '您的外部评价账号未关联评价部门（范围须为单位），请联系编办调整账号范围',
      en: 'Your rater account is not tied to a rater department (its scope must be a unit); ask the office to change it',
    });
  }
  return [...new Set(unitIds)];
}

/** The caller's department holding assignments in the campaign (non-draft), or 404. */
export async function raterSheetOf(db: Db, principal: Principal, campaignId: string) {
  const unitIds = raterUnitIdsOf(principal);
  const campaign = await findCampaign(db, campaignId);
  if (!campaign || campaign.status === 'draft') throw sheetNotFound();
  const [raterUnitId] = await departmentsWithAssignments(db, campaignId, unitIds);
  if (!raterUnitId) throw sheetNotFound();
  return { campaign, raterUnitId, unitIds };
}
