import { limits } from '@bianping/core/limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUser,
  clientAs,
  createTestApp,
  TEST_PASSWORD,
  TestClient,
  type TestContext,
} from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('login', () => {
  it('refuses a wrong password with the typed error and counts down the attempts left', async () => {
    const user = await buildUser(ctx.database);
    const response = await new TestClient(ctx.app).login(user.username, 'Wrong-password-1');
    expect(response.statusCode).toBe(401);
    const body = response.json();
    expect(body.code).toBe('E_INVALID_CREDENTIALS');
    expect(body.message.zh).toContain(`再错 ${limits.maxFailedLogins - 1} 次`);
    expect(body.message.en).toContain('Wrong username or password');
  });

  it('gives the same answer for an unknown user as for a wrong password', async () => {
    const response = await new TestClient(ctx.app).login('nobody-here', 'Whatever-123');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('E_INVALID_CREDENTIALS');
  });

  it('locks the account after repeated failures, even against the right password', async () => {
    const user = await buildUser(ctx.database);
    const client = new TestClient(ctx.app);
    for (let i = 1; i < limits.maxFailedLogins; i++) {
      expect((await client.login(user.username, `Wrong-password-${i}`)).statusCode).toBe(401);
    }
    const locking = await client.login(user.username, 'Wrong-password-last');
    expect(locking.statusCode).toBe(423);
    expect(locking.json().code).toBe('E_ACCOUNT_LOCKED');
    expect(locking.json().message.zh).toContain('账号已锁定');
    const right = await client.login(user.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
  });

  it('resets the failure count after a successful login', async () => {
    const user = await buildUser(ctx.database);
    const client = new TestClient(ctx.app);
    for (let i = 1; i < limits.maxFailedLogins; i++) await client.login(user.username, `Wrong-${i}-password`);
    expect((await client.login(user.username)).statusCode).toBe(200);
    const after = await client.login(user.username, 'Wrong-again-password');
    expect(after.json().message.zh).toContain(`再错 ${limits.maxFailedLogins - 1} 次`);
  });

  it('refuses a deactivated account', async () => {
    const user = await buildUser(ctx.database, { active: false });
    const response = await new TestClient(ctx.app).login(user.username);
    expect(response.json().code).toBe('E_ACCOUNT_INACTIVE');
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const user = await buildUser(ctx.database);
    const client = new TestClient(ctx.app);
    await client.prepare();
    const response = await client.post('/api/v1/auth/login', {
      username: user.username,
      password: TEST_PASSWORD,
    });
    const cookies = [response.headers['set-cookie']].flat().join('\n');
    expect(cookies).toMatch(/bp_session=[^;]+;.*HttpOnly/);
    expect(cookies).toMatch(/bp_session=[^;]+;.*SameSite=Lax/);
    expect(cookies).not.toMatch(/bp_session=[^;]+;.*Secure/);
  });

  it('marks cookies Secure when the request came over HTTPS through a trusted proxy', async () => {
    const { buildApp } = await import('../../app.ts');
    const app = await buildApp({
      database: ctx.database,
      config: { logLevel: 'silent', trustProxy: true, webDist: '/nonexistent' },
      logger: false,
      secretKey: Buffer.alloc(32),
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/csrf',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect([response.headers['set-cookie']].flat().join('\n')).toMatch(/bp_csrf=[^;]+;.*Secure/);
    await app.close();
  });
});

describe('forced password change', () => {
  it('blocks every other route until the password is changed', async () => {
    const user = await buildUser(ctx.database, { mustChangePassword: true });
    const client = new TestClient(ctx.app);
    expect((await client.login(user.username)).json().mustChangePassword).toBe(true);
    const blocked = await client.get('/api/v1/registry/overview');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('E_PASSWORD_CHANGE_REQUIRED');
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);

    const weak = await client.post('/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.json()).toMatchObject({ code: 'E_WEAK_PASSWORD', field: 'newPassword' });
    const wrongCurrent = await client.post('/api/v1/auth/password', {
      currentPassword: 'Not-the-password-1',
      newPassword: 'Brand-New-Secret-9',
    });
    expect(wrongCurrent.json()).toMatchObject({ code: 'E_INVALID_CREDENTIALS', field: 'currentPassword' });

    const changed = await client.post('/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Brand-New-Secret-9',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    expect((await client.get('/api/v1/registry/overview')).statusCode).toBe(200);
    expect((await new TestClient(ctx.app).login(user.username, 'Brand-New-Secret-9')).statusCode).toBe(200);
  });
});

describe('logout', () => {
  it('ends the session', async () => {
    const { client } = await clientAs(ctx);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('logs out everywhere', async () => {
    const user = await buildUser(ctx.database);
    const laptop = new TestClient(ctx.app);
    const phone = new TestClient(ctx.app);
    await laptop.login(user.username);
    await phone.login(user.username);
    const response = await laptop.post('/api/v1/auth/logout-all');
    expect(response.json()).toEqual({ ok: true, ended: 2 });
    expect((await phone.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token', async () => {
    const { client } = await clientAs(ctx, { role: 'admin' });
    const response = await client.request('POST', '/api/v1/auth/logout', {}, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('E_CSRF');
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a token that is not the session’s', async () => {
    const { client } = await clientAs(ctx, { role: 'admin' });
    const response = await client.request(
      'PUT',
      '/api/v1/auth/locale',
      { locale: 'en-US' },
      { csrf: 'forged-token' },
    );
    expect(response.json().code).toBe('E_CSRF');
  });

  it('refuses an anonymous login without the double-submit cookie token', async () => {
    const user = await buildUser(ctx.database);
    const client = new TestClient(ctx.app);
    const response = await client.request(
      'POST',
      '/api/v1/auth/login',
      { username: user.username, password: TEST_PASSWORD },
      { csrf: 'guess' },
    );
    expect(response.json().code).toBe('E_CSRF');
  });
});

describe('validation', () => {
  it('reports the offending field in both languages', async () => {
    const client = await new TestClient(ctx.app).prepare();
    const response = await client.post('/api/v1/auth/login', { username: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'E_VALIDATION', field: 'password' });
    expect(response.json().message.zh).toContain('password');
  });
});
