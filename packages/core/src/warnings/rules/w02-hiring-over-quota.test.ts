import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot } from '../test-snapshot.ts';
import type { Entry } from '../warnings.schemas.ts';
import { w02HiringOverQuota } from './w02-hiring-over-quota.ts';

const entry = (overrides: Partial<Entry> = {}): Entry => ({
  kind: 'entry',
  id: 'e1',
  staffId: 'p9',
  staffName: '李四',
  staffingType: 'administrative',
  processedOn: '2025-03-10',
  hadApproval: true,
  approvedAtEntry: 10,
  headcountAfterEntry: 10,
  ...overrides,
});
const run = (...entries: Entry[]) =>
  w02HiringOverQuota.evaluate(buildSnapshot({ movements: entries }), settings, '2025-06-30');

describe('W02 超编进人', () => {
  it('is red and blocks by default', () => {
    expect(w02HiringOverQuota.severity).toBe('red');
    expect(w02HiringOverQuota.blocksByDefault).toBe(true);
  });

  it('does not fire on an approved entry that fills the last vacancy (H = A)', () => {
    expect(run(entry())).toEqual([]);
  });

  it('fires on an entry after which H > A', () => {
    const hits = run(entry({ headcountAfterEntry: 11 }));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'overQuota:e1',
      severity: 'red',
      params: { approved: 10, actual: 11, over: 1, staffId: 'p9' },
      message: { zh: '2025-03-10 李四入编行政编制后实有 11 名，超过核定编制 10 名' },
    });
  });

  it('fires on an entry without 用编核准 even within the quota', () => {
    const hits = run(entry({ hadApproval: false, headcountAfterEntry: 3 }));
    expect(hits.map((h) => h.key)).toEqual(['noApproval:e1']);
    expect(hits[0]?.message.zh).toContain('无用编核准');
  });

  it('reports both faults of one entry under two keys, and each entry on its own', () => {
    const hits = run(
      entry({ hadApproval: false, headcountAfterEntry: 11 }),
      entry({ id: 'e2', approvedAtEntry: 0, headcountAfterEntry: 1, staffingType: 'workerAdmin' }),
    );
    expect(hits.map((h) => h.key)).toEqual(['overQuota:e1', 'noApproval:e1', 'overQuota:e2']);
  });

  it('ignores other movements and abolished units', () => {
    const snapshot = buildSnapshot({
      unit: { status: 'abolished' },
      movements: [entry({ hadApproval: false })],
    });
    expect(w02HiringOverQuota.evaluate(snapshot, settings, '2025-06-30')).toEqual([]);
  });
});
