import { type Role, roles } from '@bianping/core/auth/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, TEST_SECRET_KEY, TestClient, type TestContext } from '../test/harness.ts';

let ctx: TestContext;
const clients = new Map<Role, TestClient>();

beforeAll(async () => {
  ctx = await createTestApp();
  for (const role of roles) clients.set(role, (await clientAs(ctx, { role })).client);
});
afterAll(() => ctx.close());

const fillParams = (url: string) => url.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');

describe('authorization', () => {
  it('every API route declares who may call it', () => {
    expect(ctx.app.accessTable.length).toBeGreaterThan(10);
    for (const route of ctx.app.accessTable) expect(route.access).toBeDefined();
  });

  it('an officer-only route refuses unit, rater and anonymous callers with the typed error', async () => {
    // Registry overview is guarded for admin, officer and leader.
    for (const role of ['unit', 'rater'] as const) {
      const response = await clients.get(role)?.get('/api/v1/registry/overview');
      expect(response?.statusCode, role).toBe(403);
      expect(response?.json()).toMatchObject({
        code: 'E_FORBIDDEN',
        message: { zh: expect.any(String), en: expect.any(String) },
      });
    }
    const anonymous = await new TestClient(ctx.app).get('/api/v1/registry/overview');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('E_UNAUTHENTICATED');
    expect((await clients.get('officer')?.get('/api/v1/registry/overview'))?.statusCode).toBe(200);
  });

  // Sweeps every guarded route: each role outside its list is refused, and so is anonymity.
  it('every guarded route refuses every role it does not name, and anonymous callers', async () => {
    let checked = 0;
    for (const route of ctx.app.accessTable) {
      if ('public' in route.access) continue;
      const url = fillParams(route.url);
      const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const anonymous = await (await new TestClient(ctx.app).prepare()).request(method, url, {});
      expect(anonymous.statusCode, `${method} ${route.url} anonymous`).toBe(401);
      const allowed = route.access.roles;
      if (allowed === 'any') continue;
      for (const role of roles.filter((r) => !allowed.includes(r))) {
        const response = await clients.get(role)?.request(method, url, {});
        expect(response?.statusCode, `${method} ${route.url} as ${role}`).toBe(403);
        expect(response?.json().code).toBe('E_FORBIDDEN');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a unit user sees only its own unit in the unit list', async () => {
    const { loadDemo } = await import('../modules/demo/demo.service.ts');
    await loadDemo(ctx.database, { seed: 7, secretKey: TEST_SECRET_KEY });
    const officer = await clients.get('officer')?.get('/api/v1/units?pageSize=5');
    expect(officer?.json().total).toBeGreaterThan(300);
    const someUnit = officer?.json().items[0];
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: someUnit.id });
    const own = await client.get('/api/v1/units?pageSize=200');
    expect(own.json().total).toBe(1);
    expect(own.json().items[0].id).toBe(someUnit.id);
  });
});
