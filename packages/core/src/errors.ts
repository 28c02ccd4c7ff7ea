/**
 * Typed application errors. Every error that reaches a user carries a stable code, a message in
 * Chinese and English, and optionally the field it concerns, so the web can show it in the
 * user's language and point at the offending input.
 */

export type LocalizedText = { zh: string; en: string };

/** Stable error codes. Clients branch on these, never on message text. */
export const ErrorCode = {
  /** Input failed schema validation; `field` names the first offending path. */
  Validation: 'E_VALIDATION',
  /** No valid session: the user must log in. */
  Unauthenticated: 'E_UNAUTHENTICATED',
  /** Logged in, but the role or scope does not allow this. */
  Forbidden: 'E_FORBIDDEN',
  /** The account must change its initial or reset password before doing anything else. */
  PasswordChangeRequired: 'E_PASSWORD_CHANGE_REQUIRED',
  /** State-changing request without a matching CSRF token. */
  Csrf: 'E_CSRF',
  NotFound: 'E_NOT_FOUND',
  /** Optimistic versioning: the record changed since the client read it. */
  StaleVersion: 'E_STALE_VERSION',
  /** A unique value (username, code …) already exists. */
  Conflict: 'E_CONFLICT',
  InvalidCredentials: 'E_INVALID_CREDENTIALS',
  /** Too many failed logins; the account is locked for a while. */
  AccountLocked: 'E_ACCOUNT_LOCKED',
  AccountInactive: 'E_ACCOUNT_INACTIVE',
  /** A new password that breaks the password policy. */
  WeakPassword: 'E_WEAK_PASSWORD',
  /** A backup file that is not ours, or a restore into a non-empty database. */
  Backup: 'E_BACKUP',
  /** A state machine refused the transition (warning workflow, campaign phases …). */
  IllegalTransition: 'E_ILLEGAL_TRANSITION',
  /**
   * An uploaded import file that cannot be used (not an .xlsx, empty, required columns missing)
   * or, at commit, whose rows still have errors (`details.errors`).
   */
  Import: 'E_IMPORT',
  /** A request body (an upload) above the size limit. */
  TooLarge: 'E_TOO_LARGE',
  /** Anything unexpected; details are in the server log under the request id. */
  Internal: 'E_INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status for each code; the server's error handler reads this. */
export const errorStatus: Record<ErrorCode, number> = {
  E_VALIDATION: 400,
  E_UNAUTHENTICATED: 401,
  E_FORBIDDEN: 403,
  E_PASSWORD_CHANGE_REQUIRED: 403,
  E_CSRF: 403,
  E_NOT_FOUND: 404,
  E_STALE_VERSION: 409,
  E_CONFLICT: 409,
  E_INVALID_CREDENTIALS: 401,
  E_ACCOUNT_LOCKED: 423,
  E_ACCOUNT_INACTIVE: 403,
  E_WEAK_PASSWORD: 400,
  E_BACKUP: 400,
  E_ILLEGAL_TRANSITION: 409,
  E_IMPORT: 400,
  E_TOO_LARGE: 413,
  E_INTERNAL: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: LocalizedText;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, text: LocalizedText, field?: string, details?: unknown) {
    super(`${code}: ${text.en}`);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.field = field;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toJSON(): ApiErrorBody {
    return {
      code: this.code,
      message: this.text,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/** The JSON body of every error response. */
export type ApiErrorBody = {
  code: ErrorCode;
  message: LocalizedText;
  field?: string;
  details?: unknown;
};

export const notFound = (what: LocalizedText, field?: string) =>
  new AppError(ErrorCode.NotFound, { zh: `${what.zh}不存在`, en: `${what.en} not found` }, field);

export const forbidden = () =>
  new AppError(ErrorCode.Forbidden, {
    zh: '您没有执行此操作的权限',
    en: 'You are not allowed to do this',
  });

export const staleVersion = (current: unknown) =>
  new AppError(
    ErrorCode.StaleVersion,
    {
      zh: '该记录已被他人修改，请刷新后再编辑',
      en: 'Someone else changed this record; reload it before editing',
    },
    'version',
    { current },
  );
