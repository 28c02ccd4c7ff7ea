import { ApiErrorSchema } from '@bianping/core/api';

/** Anything that checks an answer: the core's zod schemas. */
type Schema<T> = { parse: (data: unknown) => T };

/**
 * A logged-in API client for seeding and looking data up from a spec, the way the web app talks
 * to the server: session cookie, CSRF token on every change, answers checked by core schemas.
 */
export class ApiSession {
  private cookies = new Map<string, string>();
  private csrfToken = '';

  private constructor(private readonly baseURL: string) {}

  static async login(baseURL: string, username: string, password: string): Promise<ApiSession> {
    const api = new ApiSession(baseURL);
    const csrf = (await api.send('GET', '/auth/csrf')) as { csrfToken: string };
    api.csrfToken = csrf.csrfToken;
    const me = (await api.send('POST', '/auth/login', { username, password })) as { csrfToken: string };
    api.csrfToken = me.csrfToken;
    return api;
  }

  async get<T>(path: string, schema: Schema<T>): Promise<T> {
    return schema.parse(await this.send('GET', path));
  }

  async post<T>(path: string, body: unknown, schema: Schema<T>): Promise<T> {
    return schema.parse(await this.send('POST', path, body));
  }

  async patch<T>(path: string, body: unknown, schema: Schema<T>): Promise<T> {
    return schema.parse(await this.send('PATCH', path, body));
  }

  async put<T>(path: string, body: unknown, schema: Schema<T>): Promise<T> {
    return schema.parse(await this.send('PUT', path, body));
  }

  /** POSTs a file as the raw request body (the evidence uploads take the file itself). */
  async upload<T>(path: string, file: Uint8Array, schema: Schema<T>): Promise<T> {
    return schema.parse(await this.send('POST', path, file));
  }

  private async send(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const raw = body instanceof Uint8Array;
    if (body !== undefined) headers['content-type'] = raw ? 'application/octet-stream' : 'application/json';
    const res = await fetch(`${this.baseURL}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const json: unknown = await res.json();
    if (!res.ok) {
      const error = ApiErrorSchema.safeParse(json);
      throw new Error(
        `${method} ${path}: ${res.status} ${error.success ? error.data.code : JSON.stringify(json)}`,
      );
    }
    return json;
  }
}
