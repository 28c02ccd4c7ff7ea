import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '../../registry/credit-code.ts';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildPerson, buildSnapshot, type SnapshotOverrides } from '../test-snapshot.ts';
import { w13DataQuality } from './w13-data-quality.ts';

const today = '2025-06-30';
const run = (overrides: SnapshotOverrides) =>
  w13DataQuality.evaluate(buildSnapshot(overrides), settings, today);

describe('W13 实名制数据质量 (per unit)', () => {
  it('passes a clean unit with valid codes', () => {
    expect(
      run({
        staff: [buildPerson(), buildPerson({ id: 'p2', idNumber: '440524188001010014', birthDate: null })],
      }),
    ).toEqual([]);
  });

  it('flags a wrong check character in an ID number, and a non-existent birth date in it', () => {
    const hits = run({
      staff: [
        buildPerson({ id: 'a', name: '甲', idNumber: '110105194912310021' }),
        buildPerson({ id: 'b', name: '乙', idNumber: '110105194902300021', birthDate: null }),
        buildPerson({ id: 'c', name: '丙', idNumber: '11010519491231002' }),
      ],
    });
    expect(hits.map((h) => [h.key, h.severity, h.params.problem])).toEqual([
      ['idNumber:a', 'yellow', 'checkChar'],
      ['idNumber:b', 'yellow', 'birthDate'],
      ['idNumber:c', 'yellow', 'format'],
    ]);
    expect(hits[0]?.message.zh).toBe('甲：身份证号校验位错误');
  });

  it('flags a recorded birth date that differs from the ID number', () => {
    const hits = run({ staff: [buildPerson({ birthDate: '1949-12-30' })] });
    expect(hits).toEqual([
      expect.objectContaining({
        key: 'birthDate:p1',
        params: { staffId: 'p1', recorded: '1949-12-30', inIdNumber: '1949-12-31' },
      }),
    ]);
  });

  it('flags an invalid credit code but not a missing one', () => {
    const valid = makeCreditCode('12', '110105', '12345678');
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(run({ unit: { creditCode: wrong } }).map((h) => h.key)).toEqual(['creditCode']);
    expect(run({ unit: { creditCode: valid } })).toEqual([]);
    expect(run({ unit: { creditCode: null } })).toEqual([]);
    expect(run({ unit: { creditCode: '' } })).toEqual([]);
  });

  it('flags empty mandatory fields of units and people; an empty name or ID number always counts', () => {
    const hits = run({
      unit: { missingFields: ['foundingDocNo'] },
      staff: [
        buildPerson({ id: 'a', missingFields: ['ethnicity', 'education'] }),
        buildPerson({ id: 'b', name: ' ', idNumber: '' }),
      ],
    });
    expect(hits.map((h) => [h.key, h.params.missingFields])).toEqual([
      ['unitFields', ['foundingDocNo']],
      ['fields:a', ['ethnicity', 'education']],
      ['fields:b', ['name', 'idNumber']],
    ]);
  });

  it('flags a secondment without a start date', () => {
    expect(run({ staff: [buildPerson({ workUnitId: 'u9' })] }).map((h) => h.key)).toEqual([
      'secondedSince:p1',
    ]);
  });

  it('compares registry headcount with the payroll import', () => {
    const base = { quotas: { administrative: 10 }, headcount: { administrative: 9 } };
    expect(run({ ...base, payrollHeadcount: 9 })).toEqual([]);
    expect(run({ ...base, payrollHeadcount: null })).toEqual([]);
    expect(run({ ...base, payrollHeadcount: 11 })).toEqual([
      expect.objectContaining({ key: 'payroll', params: { registry: 9, payroll: 11, difference: -2 } }),
    ]);
  });

  it('still checks abolished and merged units', () => {
    for (const status of ['abolished', 'merged'] as const) {
      expect(
        run({ unit: { status }, staff: [buildPerson({ idNumber: '110105194912310021' })] }),
      ).toHaveLength(1);
    }
  });
});
