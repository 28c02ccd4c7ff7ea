import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, TestClient, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = (await clientAs(ctx, { role: 'admin', username: 'root-admin' })).client;
});
afterAll(() => ctx.close());

const newUser = (username: string, extra: object = {}) => ({
  username,
  displayName: '张三',
  password: 'Initial-Pass-77',
  roles: [{ role: 'officer', scopeType: 'all', scopeId: null }],
  ...extra,
});

describe('user administration', () => {
  it('creates a user who must change the password at first login', async () => {
    const created = await admin.post('/api/v1/users', newUser('zhangsan'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'zhangsan', mustChangePassword: true, active: true });
    expect(created.json()).not.toHaveProperty('passwordHash');
    const login = await new TestClient(ctx.app).login('zhangsan', 'Initial-Pass-77');
    expect(login.json().mustChangePassword).toBe(true);
  });

  it('refuses a duplicate username regardless of case', async () => {
    await admin.post('/api/v1/users', newUser('lisi'));
    const dup = await admin.post('/api/v1/users', newUser('LiSi'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'E_CONFLICT', field: 'username' });
  });

  it('refuses a weak initial password and a role with a scope it cannot have', async () => {
    const weak = await admin.post('/api/v1/users', newUser('wangwu', { password: 'abc' }));
    expect(weak.json()).toMatchObject({ code: 'E_WEAK_PASSWORD', field: 'password' });
    const badScope = await admin.post(
      '/api/v1/users',
      newUser('wangwu', { roles: [{ role: 'unit', scopeType: 'all', scopeId: null }] }),
    );
    expect(badScope.json()).toMatchObject({ code: 'E_VALIDATION', field: 'roles.0.scopeType' });
    const missingUnit = await admin.post(
      '/api/v1/users',
      newUser('wangwu', {
        roles: [{ role: 'unit', scopeType: 'unit', scopeId: '00000000-0000-4000-8000-000000000000' }],
      }),
    );
    expect(missingUnit.json()).toMatchObject({ code: 'E_VALIDATION', field: 'roles.0.scopeId' });
  });

  it('refuses a stale edit and shows the current version', async () => {
    const created = (await admin.post('/api/v1/users', newUser('zhaoliu'))).json();
    const first = await admin.patch(`/api/v1/users/${created.id}`, {
      version: created.version,
      displayName: '赵六',
    });
    expect(first.statusCode).toBe(200);
    const stale = await admin.patch(`/api/v1/users/${created.id}`, {
      version: created.version,
      displayName: '赵老六',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'E_STALE_VERSION',
      details: { current: created.version + 1 },
    });
  });

  it('deactivating a user ends the user’s sessions and blocks login', async () => {
    const { client, user } = await clientAs(ctx, { role: 'officer' });
    const current = (await admin.get(`/api/v1/users/${user.id}`)).json();
    const response = await admin.patch(`/api/v1/users/${user.id}`, {
      version: current.version,
      active: false,
    });
    expect(response.json().active).toBe(false);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new TestClient(ctx.app).login(user.username)).json().code).toBe('E_ACCOUNT_INACTIVE');
  });

  it('never leaves the system without an active administrator', async () => {
    const list = (await admin.get('/api/v1/users?role=admin')).json();
    expect(list.total).toBe(1);
    const me = list.items[0];
    const response = await admin.patch(`/api/v1/users/${me.id}`, { version: me.version, roles: [] });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('E_CONFLICT');
    expect((await admin.get(`/api/v1/users/${me.id}`)).json().roles).toHaveLength(1);
  });

  it('resetting a password unlocks the account and forces a change', async () => {
    const created = (await admin.post('/api/v1/users', newUser('sunqi'))).json();
    const client = new TestClient(ctx.app);
    for (let i = 0; i < 5; i++) await client.login('sunqi', `Wrong-password-${i}`);
    expect((await admin.get(`/api/v1/users/${created.id}`)).json().lockedUntil).not.toBeNull();
    const reset = await admin.post(`/api/v1/users/${created.id}/reset-password`, {
      password: 'Another-Pass-88',
    });
    expect(reset.json()).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect((await client.login('sunqi', 'Another-Pass-88')).statusCode).toBe(200);
  });

  it('searches and pages the list', async () => {
    const response = await admin.get('/api/v1/users?q=zhang&pageSize=1');
    expect(response.json()).toMatchObject({ total: 1, pageSize: 1, items: [{ username: 'zhangsan' }] });
    const invalid = await admin.get('/api/v1/users?pageSize=5000');
    expect(invalid.json()).toMatchObject({ code: 'E_VALIDATION', field: 'pageSize' });
  });
});
