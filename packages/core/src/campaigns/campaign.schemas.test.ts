import { describe, expect, it } from 'vitest';
import { CampaignCreateInputSchema, CampaignTransitionInputSchema } from './campaign.schemas.ts';
import { firstError, uuid } from './test-fixtures.ts';

describe('plan wizard inputs', () => {
  it('creates a draft with basics only', () => {
    expect(
      CampaignCreateInputSchema.parse({
        name: '2025 年度评估',
        year: 2025,
        type: 'annual',
        regionId: uuid(1),
      }),
    ).toEqual({ name: '2025 年度评估', year: 2025, type: 'annual', regionId: uuid(1), description: '' });
    expect(
      firstError(CampaignCreateInputSchema, { name: '评', year: 2025, type: 'x', regionId: uuid(1) }).field,
    ).toBe('name');
  });

  it('leaves illegal status changes to the state machine', () => {
    expect(CampaignTransitionInputSchema.parse({ version: 3, to: 'draft' })).toEqual({
      version: 3,
      to: 'draft',
    });
  });
});
