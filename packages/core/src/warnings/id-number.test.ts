import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  idNumberCheckChar,
  idNumberProblem,
  maskIdNumber,
  normalizeIdNumber,
  validateIdNumber,
} from './id-number.ts';

describe('公民身份号码 (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', 'the example printed in GB 11643-1999 (check character X)'],
    ['440524188001010014', 'the second example in GB 11643-1999'],
  ])('accepts %s (%s)', (id) => {
    expect(validateIdNumber(id)).toBeNull();
    expect(idNumberProblem(id)).toBe('ok');
  });

  it('computes the check character from the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(idNumberCheckChar('1101051949123100')).toBeNull();
    expect(idNumberCheckChar('1101051949123100A')).toBeNull();
  });

  it('rejects a wrong check character', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checkChar');
    expect(validateIdNumber('440524188001010015')).toMatchObject({ zh: '身份证号校验位错误' });
  });

  it('accepts a lower-case x and surrounding spaces, as registrars type them', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(idNumberProblem('11010519491231002x')).toBe('ok');
  });

  it('rejects a birth date that does not exist, before looking at the check character', () => {
    // 1949-02-30 does not exist; 2023-02-29 neither; 2000-02-29 does.
    expect(idNumberProblem('110105194902300021')).toBe('birthDate');
    expect(idNumberProblem('110105202302290021')).toBe('birthDate');
    expect(idNumberProblem('110105200002290020')).not.toBe('birthDate');
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateOfIdNumber('110105194902300021')).toBeNull();
  });

  it('rejects a birth date after today when today is given', () => {
    const id = `11010520300101002${idNumberCheckChar('11010520300101002')}`;
    expect(idNumberProblem(id)).toBe('ok');
    expect(validateIdNumber(id, '2025-06-01')).toMatchObject({ en: expect.stringContaining('future') });
  });

  it('rejects wrong length, letters and 15-digit first-generation numbers', () => {
    for (const bad of [
      '',
      '11010519491231002',
      '11010519491231002XX',
      '1101051949123100AX',
      '110105491231002',
    ]) {
      expect(idNumberProblem(bad), bad).toBe('format');
    }
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('123')).toBe('***');
  });
});
