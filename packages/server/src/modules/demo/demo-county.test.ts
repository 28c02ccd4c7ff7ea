import { validateCreditCode } from '@bianping/core/registry/credit-code';
import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from './demo-county.ts';

const county = generateDemoCounty(20261125);
const quotaOf = (u: (typeof county)[number]) => u.quotas.reduce((s, q) => s + q.amount, 0);
const headOf = (u: (typeof county)[number]) => u.headcount.reduce((s, h) => s + h.count, 0);

describe('demo county', () => {
  it('has about 400 units in realistic proportions of kinds', () => {
    expect(county.length).toBeGreaterThanOrEqual(380);
    expect(county.length).toBeLessThanOrEqual(420);
    const share = (kind: string) => county.filter((u) => u.kind === kind).length / county.length;
    expect(share('publicWelfare1')).toBeGreaterThan(0.5); // schools and service centres dominate
    expect(share('administrative') + share('party')).toBeGreaterThan(0.1);
    for (const kind of ['civilServiceManaged', 'publicWelfare2', 'businessLike', 'massOrganization']) {
      expect(share(kind), kind).toBeGreaterThan(0);
    }
  });

  it('contains the anomalies officials look for', () => {
    const over = county.filter((u) => headOf(u) > quotaOf(u));
    const idle = county.filter((u) => headOf(u) < quotaOf(u) * 0.7 && headOf(u) > 2);
    const empty = county.filter((u) => headOf(u) <= 1);
    expect(over.length).toBeGreaterThanOrEqual(3);
    expect(over.length).toBeLessThanOrEqual(12);
    expect(idle.length).toBeGreaterThanOrEqual(5);
    expect(empty.length).toBeGreaterThanOrEqual(2);
  });

  it('uses only valid credit codes, each once, unique short names, and parents that exist', () => {
    const ids = new Set(county.map((u) => u.id));
    expect(new Set(county.map((u) => u.creditCode)).size).toBe(county.length);
    expect(new Set(county.map((u) => u.shortName)).size).toBe(county.length);
    for (const unit of county) {
      expect(validateCreditCode(unit.creditCode), unit.name).toBeNull();
      if (unit.parentUnitId) expect(ids.has(unit.parentUnitId)).toBe(true);
    }
  });

  it('comes out the same from the same seed and differs with another', () => {
    expect(generateDemoCounty(20261125)).toEqual(county);
    expect(generateDemoCounty(1)[0]?.id).not.toBe(county[0]?.id);
  });
});
