import type { Role, ScopeType } from '@bianping/core/auth/roles';
import { type App, buildApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { replaceAssignments } from '../modules/users/users.queries.ts';
import { createTestDatabase } from './database.ts';

export const TEST_PASSWORD = 'Correct-Horse-42';
/** A fixed key so tests can decrypt what they stored. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);
let passwordHash: Promise<string> | undefined;

export type TestContext = { app: App; database: Database; close: () => Promise<void> };

/** A real app on a fresh database, driven through `inject()`. */
export async function createTestApp(): Promise<TestContext> {
  const database = await createTestDatabase();
  const app = await buildApp({
    database,
    config: { logLevel: 'silent', trustProxy: false, webDist: '/nonexistent' },
    logger: false,
    secretKey: TEST_SECRET_KEY,
  });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type UserOverrides = {
  username?: string;
  role?: Role;
  scopeType?: ScopeType;
  scopeId?: string | null;
  mustChangePassword?: boolean;
  active?: boolean;
};

let serial = 0;

/** Inserts a user with TEST_PASSWORD and one role assignment (default: officer over everything). */
export async function buildUser(database: Database, overrides: UserOverrides = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const role = overrides.role ?? 'officer';
  const [row] = await database.db
    .insert(users)
    .values({
      username: overrides.username ?? `${role}${++serial}`,
      displayName: `测试${role}`,
      passwordHash: await passwordHash,
      mustChangePassword: overrides.mustChangePassword ?? false,
      active: overrides.active ?? true,
    })
    .returning();
  if (!row) throw new Error('user insert failed');
  await replaceAssignments(database.db, row.id, [
    {
      role,
      scopeType: overrides.scopeType ?? (role === 'unit' || role === 'rater' ? 'unit' : 'all'),
      scopeId: overrides.scopeId ?? null,
    },
  ]);
  return row;
}

/** A browser-like client: keeps cookies and sends the CSRF header on state-changing calls. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private readonly app: App) {}

  private absorb(headers: Record<string, unknown>) {
    const raw = headers['set-cookie'];
    for (const line of [raw ?? []].flat() as string[]) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/Expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    opts: { csrf?: string | false } = {},
  ) {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = this.cookieHeader;
    const csrf = opts.csrf === undefined ? this.csrfToken : opts.csrf;
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    this.absorb(response.headers);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});

  /** Fetches an anonymous CSRF token, as the login page does. */
  async prepare() {
    const response = await this.get('/api/v1/auth/csrf');
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return this;
  }

  async login(username: string, password = TEST_PASSWORD) {
    await this.prepare();
    const response = await this.post('/api/v1/auth/login', { username, password });
    if (response.statusCode === 200) this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }
}

/** Creates a user of the role and returns a client logged in as it. */
export async function clientAs(ctx: TestContext, overrides: UserOverrides = {}) {
  const user = await buildUser(ctx.database, overrides);
  const client = new TestClient(ctx.app);
  const response = await client.login(user.username);
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return { client, user };
}
