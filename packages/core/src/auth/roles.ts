import type { LocalizedText } from '../errors.ts';

/** The roles of DESIGN.md. A respondent has no account and so no role. */
export const roles = ['admin', 'officer', 'evaluator', 'unit', 'rater', 'expert', 'leader'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, LocalizedText> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  officer: { zh: '编办工作人员', en: 'Staffing officer' },
  evaluator: { zh: '评估组成员', en: 'Evaluator' },
  unit: { zh: '被评估单位联络员', en: 'Unit liaison' },
  rater: { zh: '外部评价部门', en: 'External rater' },
  expert: { zh: '智库专家', en: 'Expert' },
  leader: { zh: '领导', en: 'Leader' },
};

/**
 * What a role assignment reaches. `all` is the whole installation; `region` a region and the
 * regions below it; `unit` one unit; `campaign` one campaign's assignments.
 */
export const scopeTypes = ['all', 'region', 'unit', 'campaign'] as const;
export type ScopeType = (typeof scopeTypes)[number];

export const scopeTypeLabels: Record<ScopeType, LocalizedText> = {
  all: { zh: '全部', en: 'Everything' },
  region: { zh: '行政区划', en: 'Region' },
  unit: { zh: '单位', en: 'Unit' },
  campaign: { zh: '评估项目', en: 'Campaign' },
};

/** Which scope types make sense for each role; the server refuses any other combination. */
export const allowedScopes: Record<Role, readonly ScopeType[]> = {
  admin: ['all'],
  officer: ['all', 'region'],
  evaluator: ['all', 'region', 'campaign'],
  unit: ['unit'],
  rater: ['unit', 'campaign'],
  expert: ['all', 'campaign'],
  leader: ['all', 'region'],
};

export type RoleAssignment = { role: Role; scopeType: ScopeType; scopeId: string | null };

/** True when any assignment grants one of the roles, whatever its scope. */
export function hasAnyRole(assignments: readonly RoleAssignment[], wanted: readonly Role[]) {
  return assignments.some((a) => wanted.includes(a.role));
}

/** Read the registry across units (within their region scope), including the overview. */
export const registryReaders: readonly Role[] = ['admin', 'officer', 'leader'];
/** Readers plus unit liaisons, who see their own unit only. */
export const registryViewers: readonly Role[] = [...registryReaders, 'unit'];
/** Change registry data, decide correction requests, scan, move warnings along, import. */
export const registryEditors: readonly Role[] = ['admin', 'officer'];
