import { createHash } from 'node:crypto';
import { canonicalJson } from '@bianping/core/audit/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

/**
 * The hash of an entry: its canonical content chained to the previous entry's hash. Fields are
 * named one by one so a row read back (with id and hashes) hashes like the entry written.
 */
export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        at: content.at.toISOString(),
        actorId: content.actorId,
        actorName: content.actorName,
        action: content.action,
        entityType: content.entityType,
        entityId: content.entityId,
        before: content.before,
        after: content.after,
        requestId: content.requestId,
      }),
    )
    .digest('hex');
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken', 'content']);

/** Drops secrets and blobs before a record enters the audit log. */
export function redactForAudit(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redactForAudit);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_KEYS.has(k))
      .map(([k, v]) => [k, redactForAudit(v)]),
  );
}
