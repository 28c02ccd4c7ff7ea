import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe token for session and CSRF cookies. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Only the hash of a session token is stored. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const SESSION_COOKIE = 'bp_session';
export const CSRF_COOKIE = 'bp_csrf';
export const CSRF_HEADER = 'x-csrf-token';
