import { ApiErrorSchema } from '@bianping/core/api';
import type { ErrorCode, LocalizedText } from '@bianping/core/errors';

/**
 * An error answered by the API: a stable code to branch on, the message in both languages, and
 * the field it concerns when the server knows it.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly text: LocalizedText;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(status: number, code: ErrorCode, text: LocalizedText, field?: string, details?: unknown) {
    super(`${code}: ${text.en}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.field = field;
    this.details = details;
  }
}

/** The server could not be reached, or answered something that is not our error shape. */
export class TransportError extends Error {
  readonly status: number | null;
  constructor(status: number | null, detail: string) {
    super(detail);
    this.name = 'TransportError';
    this.status = status;
  }
}

export function toApiError(status: number, body: unknown): ApiError | TransportError {
  const parsed = ApiErrorSchema.safeParse(body);
  if (!parsed.success) return new TransportError(status, `HTTP ${status}`);
  const { code, message, field, details } = parsed.data;
  return new ApiError(status, code, message, field, details);
}

export const isApiError = (err: unknown, code?: ErrorCode): err is ApiError =>
  err instanceof ApiError && (code === undefined || err.code === code);
