import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestContext } from '../../test/harness.ts';
import { appendAudit, verifyAuditChain } from './audit.queries.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  for (let i = 0; i < 5; i++) {
    await appendAudit(ctx.database.db, {
      actorId: null,
      actorName: 'tester',
      requestId: null,
      action: 'test.change',
      entityType: 'thing',
      entityId: String(i),
      before: { value: i, nested: { b: 2, a: 1 } },
      after: { value: i + 1, passwordHash: 'must-not-be-stored' },
    });
  }
});
afterAll(() => ctx.close());

const ids = async () =>
  (await ctx.database.query<{ id: number }>('select id::int as id from audit_log order by id')).map(
    (r) => r.id,
  );

describe('audit chain', () => {
  it('verifies an untouched chain and never stores secrets', async () => {
    const result = await verifyAuditChain(ctx.database.db);
    expect(result).toMatchObject({ ok: true, firstBadId: null });
    expect(result.checked).toBe((await ids()).length);
    const [row] = await ctx.database.query<{ after: Record<string, unknown> }>(
      'select after from audit_log limit 1',
    );
    expect(row?.after).not.toHaveProperty('passwordHash');
  });

  it('lists entries to an admin with filters', async () => {
    const { client } = await clientAs(ctx, { role: 'admin' });
    const response = await client.get('/api/v1/audit?action=test.&entityId=3');
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(1);
    expect(response.json().items[0]).toMatchObject({
      action: 'test.change',
      entityId: '3',
      after: { value: 4 },
    });
  });

  it('records a mutation made through the API with actor, before and after', async () => {
    const { client, user } = await clientAs(ctx, { role: 'admin' });
    await client.post('/api/v1/users', {
      username: 'audited-one',
      displayName: '审计对象',
      password: 'Initial-Pass-77',
      roles: [],
    });
    const response = await client.get('/api/v1/audit?action=user.create');
    const entry = response.json().items[0];
    expect(entry).toMatchObject({
      actorId: user.id,
      actorName: user.username,
      entityType: 'user',
      after: { username: 'audited-one' },
    });
    expect(entry.requestId).toBeTruthy();
  });

  it('detects an edited entry and names it', async () => {
    const [, second] = await ids();
    await ctx.database.db.execute(sql`update audit_log set after = '{"value": 999}' where id = ${second}`);
    const result = await verifyAuditChain(ctx.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBadId).toBe(second);
    expect(result.reason).toContain('edited');
  });

  it('detects a deleted entry at the entry after it', async () => {
    const all = await ids();
    // Repair the edit of the previous test by rebuilding from a clean chain is not possible; instead
    // check that deleting the tampered row moves the detection to its successor.
    await ctx.database.db.execute(sql`delete from audit_log where id = ${all[1]}`);
    const result = await verifyAuditChain(ctx.database.db);
    expect(result.firstBadId).toBe(all[2]);
    expect(result.reason).toContain('link');
  });
});
