/** The tabs of the unit page, in order; `?tab=` in the address bar picks one. */
export const unitTabs = [
  'overview',
  'staffing',
  'staff',
  'leaders',
  'bodies',
  'mandate',
  'history',
  'workload',
  'peers',
  'warnings',
] as const;
export type UnitTab = (typeof unitTabs)[number];

export const tabFromParam = (value: string | null): UnitTab =>
  unitTabs.find((tab) => tab === value) ?? 'overview';
