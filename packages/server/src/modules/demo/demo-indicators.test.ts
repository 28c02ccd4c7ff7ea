import { referenceSets } from '@bianping/core/indicators/reference-sets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestContext } from '../../test/harness.ts';
import { insertReferenceSets } from './demo-indicators.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('the demo’s reference indicator sets', () => {
  it('loads the common set and the X sets as published library-wide sets, once', async () => {
    expect(await insertReferenceSets(ctx.database.db)).toBe(referenceSets.length);
    expect(await insertReferenceSets(ctx.database.db)).toBe(0);
    const { client } = await clientAs(ctx, { role: 'leader' });
    const list = (await client.get('/api/v1/indicator-sets?pageSize=50')).json();
    expect(list.total).toBe(referenceSets.length);
    for (const item of list.items) {
      expect(item).toMatchObject({ status: 'published', regionId: null, edition: 1 });
      const detail = (await client.get(`/api/v1/indicator-sets/${item.id}`)).json();
      expect(detail.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    }
    expect(list.items.filter((s: { kind: string }) => s.kind === 'common')).toHaveLength(1);
  });
});
