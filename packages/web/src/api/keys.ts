import type { AuditListQuery } from './audit.ts';
import type { CampaignListQuery, ExpertListQuery, TargetListQuery } from './campaigns.ts';
import type { IndicatorSetListQuery } from './indicators.ts';
import type { CorrectionStatus, UnitListQuery } from './registry.ts';
import type { MovementListQuery, RosterQuery } from './staff.ts';
import type { UserListQuery } from './users.ts';
import type { WarningListQuery } from './warnings.ts';

/** Every TanStack Query key in one place, so invalidation cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  users: (query?: UserListQuery) => (query ? (['users', 'list', query] as const) : (['users'] as const)),
  user: (id: string) => ['users', 'one', id] as const,
  audit: (query: AuditListQuery) => ['audit', query] as const,
  registryOverview: ['registry', 'overview'] as const,
  registryTree: ['registry', 'tree'] as const,
  regions: ['regions'] as const,
  /** Everything about units (lists and pages): the prefix to invalidate after a change. */
  allUnits: ['units'] as const,
  unitLists: ['units', 'list'] as const,
  units: (query: UnitListQuery) => ['units', 'list', query] as const,
  unit: (id: string) => ['units', 'one', id] as const,
  /** Under the unit's prefix, so a change of the unit refreshes its comparison too. */
  unitPeers: (id: string, year: number | undefined) =>
    ['units', 'one', id, 'peers', year ?? 'latest'] as const,
  workloadMeasures: ['workloadMeasures'] as const,
  /** A unit's roster and movements, under the unit's key so a stale-version reload refreshes them. */
  unitStaff: (id: string) => ['units', 'one', id, 'staff'] as const,
  roster: (id: string, query: RosterQuery) => ['units', 'one', id, 'staff', 'roster', query] as const,
  movements: (id: string, query: MovementListQuery) =>
    ['units', 'one', id, 'staff', 'movements', query] as const,
  corrections: (status?: CorrectionStatus) =>
    status ? (['corrections', status] as const) : (['corrections'] as const),
  warningRules: ['warnings', 'rules'] as const,
  /** Lists and the summary: the prefix to invalidate after a scan or a transition. */
  allWarnings: ['warnings'] as const,
  warnings: (query: WarningListQuery) => ['warnings', 'list', query] as const,
  warningSummary: ['warnings', 'summary'] as const,
  /** Thresholds per region and the office calendar: their own prefixes, so a scan leaves them be. */
  warningSettingsRegions: ['warningSettings', 'regions'] as const,
  warningSettings: (regionId: string) => ['warningSettings', 'one', regionId] as const,
  calendarYear: (year: number) => ['calendar', year] as const,
  job: (id: string) => ['jobs', id] as const,
  importTemplates: ['imports', 'templates'] as const,
  /** Indicator sets: lists and pages under one prefix, so a publish or a new edition refreshes both. */
  allIndicatorSets: ['indicatorSets'] as const,
  indicatorSetLists: ['indicatorSets', 'list'] as const,
  indicatorSets: (query: IndicatorSetListQuery) => ['indicatorSets', 'list', query] as const,
  indicatorSet: (id: string) => ['indicatorSets', 'one', id] as const,
  /** Under the set's key, so reloading a stale set refreshes its AHP panels and comments too. */
  indicatorAhp: (id: string, parentId: string | null) =>
    ['indicatorSets', 'one', id, 'ahp', parentId ?? 'top'] as const,
  indicatorComments: (id: string) => ['indicatorSets', 'one', id, 'comments'] as const,
  formulaCatalogue: ['formulaCatalogue'] as const,
  formulaCheck: (expression: string, unitId: string | null) =>
    ['formulaCheck', expression, unitId ?? 'sample'] as const,
  /** Campaigns: lists and pages under one prefix, so a launch refreshes the list's status too. */
  allCampaigns: ['campaigns'] as const,
  campaignLists: ['campaigns', 'list'] as const,
  campaigns: (query: CampaignListQuery) => ['campaigns', 'list', query] as const,
  /** A campaign and everything of it (targets, teams, plan), so a stale reload refreshes all. */
  campaign: (id: string) => ['campaigns', 'one', id] as const,
  campaignTargets: (id: string, query: TargetListQuery) =>
    ['campaigns', 'one', id, 'targets', query] as const,
  campaignTeams: (id: string) => ['campaigns', 'one', id, 'teams'] as const,
  campaignPlan: (id: string) => ['campaigns', 'one', id, 'plan'] as const,
  /** The dashboard, under the campaign's key so a campaign reload refreshes it. */
  campaignProgress: (id: string) => ['campaigns', 'one', id, 'progress'] as const,
  /** A target's self-assessment form, under the campaign's key so a campaign reload refreshes it. */
  selfAssessment: (id: string, unitId: string) => ['campaigns', 'one', id, 'self', unitId] as const,
  myCampaigns: ['campaigns', 'mine'] as const,
  onsite: (id: string, unitId: string) => ['campaigns', 'one', id, 'onsite', unitId] as const,
  assignedTargets: ['campaigns', 'assigned'] as const,
  notifications: ['notifications'] as const,
  experts: (query: ExpertListQuery) => ['experts', query] as const,
  allExperts: ['experts'] as const,
};
