import type { z } from 'zod';
import { ApiError, TransportError, toApiError } from './errors.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | null | undefined>;

type RequestOptions<S extends z.ZodType> = {
  /** Validates the answer: the core schema is the one definition of the response shape. */
  schema: S;
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
};

const PREFIX = '/api/v1';

/**
 * The anti-forgery token sent with every state-changing request. Before login it comes from
 * GET /auth/csrf (which also sets the matching cookie); after login from Me.csrfToken.
 */
let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** The token for a state-changing request, fetched first when there is none yet. */
export const currentCsrfToken = async () => csrfToken ?? (await refreshCsrfToken());

/** Asks the server for the token that fits the current session (or the anonymous cookie). */
export async function refreshCsrfToken(): Promise<string> {
  const res = await fetch(`${PREFIX}/auth/csrf`, { credentials: 'same-origin' });
  if (!res.ok) throw toApiError(res.status, await readJson(res));
  const body = (await res.json()) as { csrfToken: string };
  csrfToken = body.csrfToken;
  return body.csrfToken;
}

export async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function buildUrl(path: string, query?: Query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

async function send(method: Method, url: string, body: unknown, signal?: AbortSignal) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken ?? (await refreshCsrfToken());
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new TransportError(null, err instanceof Error ? err.message : String(err));
  }
}

/** One call to the API: JSON in, schema-checked JSON out, typed errors otherwise. */
export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  options: RequestOptions<S>,
): Promise<z.infer<S>> {
  const url = buildUrl(path, options.query);
  let res = await send(method, url, options.body, options.signal);
  let body = await readJson(res);
  if (!res.ok) {
    let error = toApiError(res.status, body);
    // A token can go stale (new session in another tab, server restart): fetch a fresh one, retry once.
    if (error instanceof ApiError && error.code === 'E_CSRF' && method !== 'GET') {
      await refreshCsrfToken();
      res = await send(method, url, options.body, options.signal);
      body = await readJson(res);
      if (res.ok) return parse(options.schema, body, url);
      error = toApiError(res.status, body);
    }
    throw error;
  }
  return parse(options.schema, body, url);
}

export function parse<S extends z.ZodType>(schema: S, body: unknown, url: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    // The server validates its own answers too, so this means web and server are out of step.
    console.error('unexpected response shape', url, result.error.issues);
    throw new TransportError(200, `unexpected response from ${url}`);
  }
  return result.data;
}
