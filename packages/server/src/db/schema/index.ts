/** Drizzle needs every table in one object; this is the only barrel in the server. */
export * from './audit.ts';
export * from './campaigns.ts';
export * from './external-ratings.ts';
export * from './files.ts';
export * from './indicators.ts';
export * from './jobs.ts';
export * from './onsite.ts';
export * from './regions.ts';
export * from './registry.ts';
export * from './scoring.ts';
export * from './self-assessments.ts';
export * from './supervision-slips.ts';
export * from './users.ts';
export * from './warnings.ts';
