import { ApiErrorSchema } from '@bianping/core/api';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 423;

/**
 * The error responses a route documents, all in the one typed error shape
 * (`{code, message:{zh,en}, field?}`), so OpenAPI lists exactly the statuses a route can answer.
 */
export function apiErrors<const S extends ErrorStatus>(...statuses: S[]): Record<S, typeof ApiErrorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ApiErrorSchema])) as Record<S, typeof ApiErrorSchema>;
}

/**
 * `Content-Disposition: attachment` with an RFC 5987 UTF-8 file name (Chinese names survive) and
 * an ASCII fallback for old clients.
 */
export const attachment = (name: string, fallback: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
