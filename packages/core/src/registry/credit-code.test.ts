import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, makeCreditCode, orgCodeCheckChar, validateCreditCode } from './credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Published codes of well-known registrants, checked by hand against the standard's weights.
  it.each([
    ['91110000802100433B', 'Bank of China (national enterprise credit publicity system)'],
    ['91440300708461136T', 'Huawei Technologies Co., Ltd.'],
    ['11100000000013127D', 'Ministry of Finance of the PRC (机构编制 registration, type 机关)'],
  ])('accepts %s (%s)', (code) => {
    expect(validateCreditCode(code)).toBeNull();
  });

  it('rejects a wrong check character with a bilingual reason', () => {
    const valid = makeCreditCode('12', '990121', '12345678');
    const wrongLast = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(validateCreditCode(wrongLast)).toMatchObject({
      zh: expect.stringContaining('校验位'),
      en: expect.stringContaining('check'),
    });
  });

  it('rejects letters outside the alphabet, wrong length and lower case', () => {
    for (const bad of [
      '91110000802100433',
      '91110000802100433BB',
      '9111000080210043IB',
      '91110000802100433b',
      '',
    ]) {
      expect(validateCreditCode(bad), bad).toMatchObject({ en: expect.stringContaining('18') });
    }
  });

  it('builds codes that validate, with the organisation-code check inside', () => {
    const code = makeCreditCode('11', '990121', '00000001');
    expect(validateCreditCode(code)).toBeNull();
    expect(code.slice(8, 16)).toBe('00000001');
    expect(code[16]).toBe(orgCodeCheckChar('00000001'));
  });

  it('computes the GB 11714 organisation-code check character', () => {
    // The standard's worked example D2143569-X (sum 199, 11 − 199 mod 11 = 10 → X).
    expect(orgCodeCheckChar('D2143569')).toBe('X');
    // Inside a real credit code: Bank of China's organisation code 80210043-3.
    expect(orgCodeCheckChar('80210043')).toBe('3');
  });

  it('never produces a check value of 31', () => {
    for (let i = 0; i < 2000; i++) {
      const check = creditCodeCheckChar(`1200000000${String(i).padStart(7, '0')}`);
      expect('0123456789ABCDEFGHJKLMNPQRTUWXY').toContain(check);
    }
  });
});
