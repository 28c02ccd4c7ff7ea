import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot } from '../test-snapshot.ts';
import type { InternalBody } from '../warnings.schemas.ts';
import { w09InternalBodies } from './w09-internal-bodies.ts';

const body = (id: string, inMandate = true): InternalBody => ({
  id,
  name: `科室${id}`,
  rank: null,
  inMandate,
});
const run = (approved: number, actual: InternalBody[], status: 'active' | 'merged' = 'active') =>
  w09InternalBodies.evaluate(
    buildSnapshot({ unit: { status }, internalBodies: { approved, actual } }),
    settings,
    '2025-06-30',
  );

describe('W09 内设机构超限/擅设', () => {
  it('does not fire at exactly the approved number, all in the 三定', () => {
    expect(run(2, [body('1'), body('2')])).toEqual([]);
  });

  it('fires when there are more bodies than approved', () => {
    const hits = run(2, [body('1'), body('2'), body('3')]);
    expect(hits).toEqual([
      expect.objectContaining({
        key: 'count',
        severity: 'orange',
        params: { approved: 2, actual: 3, over: 1 },
        message: expect.objectContaining({ zh: '核定内设机构 2 个，实设 3 个，超出 1 个' }),
      }),
    ]);
  });

  it('fires for each body not in the 三定, even within the count', () => {
    const hits = run(3, [body('1'), body('2', false), body('3', false)]);
    expect(hits.map((h) => h.key)).toEqual(['unlisted:2', 'unlisted:3']);
    expect(hits[0]?.message.zh).toBe('内设机构“科室2”不在三定规定之列，属擅自设立');
  });

  it('treats any body of a unit approved none as over the limit', () => {
    expect(run(0, [body('1', false)]).map((h) => h.key)).toEqual(['count', 'unlisted:1']);
  });

  it('is silent for a merged unit', () => {
    expect(run(0, [body('1', false)], 'merged')).toEqual([]);
  });
});
