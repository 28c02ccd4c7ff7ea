/** Limits shared by server validation and the web forms, so both refuse the same input. */
export const limits = {
  usernameMin: 3,
  usernameMax: 32,
  displayNameMax: 50,
  passwordMin: 10,
  passwordMax: 128,
  /** Failed logins before the account locks. */
  maxFailedLogins: 5,
  /** Minutes an account stays locked after too many failed logins. */
  lockoutMinutes: 15,
  /** Session lifetime in hours of inactivity. */
  sessionIdleHours: 12,
  pageSizeMax: 200,
} as const;
