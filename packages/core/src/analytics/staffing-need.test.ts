import { describe, expect, it } from 'vitest';
import { fitRegression, predict } from './regression.ts';
import { estimateStaffingNeed, minPeersFor } from './staffing-need.ts';
import { typedError } from './test-helpers.ts';

const peer = (name: string, quota: number | null, headcount: number, cases?: number, visits?: number) => ({
  name,
  quota,
  headcount,
  workload: {
    ...(cases === undefined ? {} : { 办件量: cases }),
    ...(visits === undefined ? {} : { 服务人次: visits }),
  },
});

const peers = [
  peer('甲', 10, 9, 2000, 500),
  peer('乙', 14, 13, 3100, 650),
  peer('丙', 20, 18, 4200, 1200),
  peer('丁', 25, 24, 5600, 1100),
  peer('戊', 31, 30, 6800, 1700),
  peer('己', 16, 15, 3300, 900),
];
const unit = peer('本单位', 30, 26, 4000, 1000);

describe('编制测算 (staffing need)', () => {
  it('regresses quota on the peers’ measures and predicts the unit’s quota with its interval', () => {
    const out = estimateStaffingNeed({ unit, peers, measures: ['办件量'], level: 0.9 });
    const fit = fitRegression({
      x: peers.map((p) => [p.workload.办件量 as number]),
      y: peers.map((p) => p.quota as number),
    });
    const expected = predict(fit, [4000], 0.9);
    expect(out.estimate).toBeCloseTo(expected.estimate, 12);
    expect(out.lower).toBeCloseTo(expected.lower, 12);
    expect(out.upper).toBeCloseTo(expected.upper, 12);
    expect(out.lower).toBeLessThan(out.estimate);
    expect(out.peerCount).toBe(6);
    expect(out.difference).toBeCloseTo(30 - expected.estimate, 12);
    // Per-capita 办件量: peers 222.2, 238.5, 233.3, 233.3, 226.7, 220 → median (226.7 + 233.3) / 2.
    expect(out.perCapita[0]?.peerMedian).toBeCloseTo(230, 12);
  });

  it('leaves out peers without quota or a chosen measure, and says why', () => {
    const out = estimateStaffingNeed({
      unit,
      peers: [...peers, peer('缺数', null, 5, 100, 10), peer('缺指标', 12, 11, 2500)],
      measures: ['办件量', '服务人次'],
    });
    expect(out.peerCount).toBe(6);
    expect(out.leftOut).toEqual([
      { name: '缺数', reason: { zh: '缺少编制数', en: 'no 编制数' } },
      { name: '缺指标', reason: { zh: '缺少服务人次', en: 'no 服务人次' } },
    ]);
    expect(out.regression.coefficients).toHaveLength(3);
  });

  it('refuses a peer group smaller than measures + 3 with a bilingual message', () => {
    expect(minPeersFor(2)).toBe(5);
    let error: unknown;
    try {
      estimateStaffingNeed({ unit, peers: peers.slice(0, 4), measures: ['办件量', '服务人次'] });
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({
      code: 'E_VALIDATION',
      field: 'peers',
      details: { peerCount: 4, minPeers: 5 },
      text: { zh: expect.stringContaining('同类单位过少'), en: expect.stringContaining('Too few peers') },
    });
    // Four peers are enough for one measure.
    expect(estimateStaffingNeed({ unit, peers: peers.slice(0, 4), measures: ['办件量'] }).peerCount).toBe(4);
  });

  it('needs the unit’s own figures and at least one measure', () => {
    expect(typedError(() => estimateStaffingNeed({ unit, peers, measures: [] }))).toBe('E_SHAPE measures');
    expect(typedError(() => estimateStaffingNeed({ unit, peers, measures: ['在校生数'] }))).toBe(
      'E_VALUE measures',
    );
  });
});
