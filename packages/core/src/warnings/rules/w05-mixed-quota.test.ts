import { describe, expect, it } from 'vitest';
import type { UnitKind } from '../../registry/vocabulary.ts';
import { resolveSettings, defaultWarningSettings as settings } from '../settings.ts';
import { buildPerson, buildSnapshot } from '../test-snapshot.ts';
import type { StaffMember } from '../warnings.schemas.ts';
import { w05MixedQuota } from './w05-mixed-quota.ts';

const today = '2025-06-30';
const run = (kind: UnitKind, staff: StaffMember[], status: 'active' | 'abolished' = 'active') =>
  w05MixedQuota.evaluate(buildSnapshot({ unit: { kind, status }, staff }), settings, today);

describe('W05 混编混岗', () => {
  it('(a) fires for 事业编制 staff in an administrative organ', () => {
    const hits = run('administrative', [
      buildPerson({ id: 'p1', name: '赵六', staffingType: 'institutional' }),
    ]);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'a:p1',
      severity: 'orange',
      params: { staffingType: 'institutional', unitKind: 'administrative' },
      message: { zh: '赵六占用事业编制，在行政机关使用，属混编混岗' },
    });
  });

  it('(a) also in a party organ, but not in a 参公 unit or a public institution by default', () => {
    const person = buildPerson({ staffingType: 'institutional' });
    expect(run('party', [person])).toHaveLength(1);
    expect(run('civilServiceManaged', [person])).toEqual([]);
    expect(run('publicWelfare1', [person])).toEqual([]);
  });

  it('(b) fires for 行政编制 and 政法专项编制 staff in a 公益 institution', () => {
    const hits = run('publicWelfare2', [
      buildPerson({ id: 'x', staffingType: 'administrative' }),
      buildPerson({ id: 'y', staffingType: 'politicalLegal' }),
      buildPerson({ id: 'z', staffingType: 'institutional' }),
      buildPerson({ id: 'n', staffingType: null }),
    ]);
    expect(hits.map((h) => h.key)).toEqual(['b:x', 'b:y']);
  });

  it('(c) counts secondment days: exactly 180 is not yet, 181 is', () => {
    const seconded = (id: string, since: string) =>
      buildPerson({ id, workUnitId: 'u2', secondedSince: since, staffingType: 'administrative' });
    // 2025-01-01 → 2025-06-30 is 180 days; 2024-12-31 → 181.
    const hits = run('administrative', [seconded('p180', '2025-01-01'), seconded('p181', '2024-12-31')]);
    expect(hits.map((h) => [h.key, h.params.days])).toEqual([['c:p181', 181]]);
    expect(hits[0]?.message.zh).toContain('已 181 天，超过 180 天');
  });

  it('(c) leaves a secondment without a start date to W13 and ignores people working at home', () => {
    expect(run('administrative', [buildPerson({ workUnitId: 'u2', secondedSince: null })])).toEqual([]);
    expect(run('administrative', [buildPerson({ secondedSince: '2020-01-01' })])).toEqual([]);
  });

  it('follows the unit kinds of the settings (a region may add 参公, as DOMAIN §4 lists it)', () => {
    const snapshot = buildSnapshot({
      unit: { kind: 'civilServiceManaged' },
      staff: [buildPerson({ staffingType: 'institutional' })],
    });
    const local = resolveSettings(settings, {
      institutionalQuotaForbiddenKinds: ['administrative', 'party', 'civilServiceManaged'],
    });
    expect(w05MixedQuota.evaluate(snapshot, local, today)).toHaveLength(1);
  });

  it('is silent for an abolished unit', () => {
    expect(run('administrative', [buildPerson({ staffingType: 'institutional' })], 'abolished')).toEqual([]);
  });
});
