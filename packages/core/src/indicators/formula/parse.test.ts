import { describe, expect, it } from 'vitest';
import type { FormulaExpr } from './ast.ts';
import { FORMULA_MAX_LENGTH, parseFormula } from './parse.ts';
import { tokenize } from './tokenize.ts';

/** The tree as a Lisp-like string, so precedence is visible at a glance. */
function show(expr: FormulaExpr): string {
  switch (expr.type) {
    case 'number':
    case 'boolean':
      return String(expr.value);
    case 'measure':
      return expr.name;
    case 'unary':
      return `(${expr.op} ${show(expr.operand)})`;
    case 'binary':
      return `(${expr.op} ${show(expr.left)} ${show(expr.right)})`;
    case 'call':
      return `(${expr.name}${expr.args.map((a) => ` ${show(a)}`).join('')})`;
  }
}

const tree = (source: string) => {
  const result = parseFormula(source);
  if (!result.ok) throw new Error(result.error.message.en);
  return show(result.expr);
};
const errorOf = (source: string) => {
  const result = parseFormula(source);
  if (result.ok) throw new Error('expected a syntax error');
  return result.error;
};

describe('tokenize', () => {
  it('reads numbers, percentages, names and operators with their positions', () => {
    const result = tokenize('useRate >= 85%');
    expect(result.ok && result.tokens).toEqual([
      { kind: 'identifier', name: 'useRate', start: 0, end: 7 },
      { kind: 'operator', op: '>=', start: 8, end: 10 },
      { kind: 'number', value: 0.85, start: 11, end: 14 },
      { kind: 'end', start: 14, end: 14 },
    ]);
  });

  it('accepts the symbols of a Chinese editor', () => {
    expect(tree('a × b ÷ c − 1')).toBe(tree('a * b / c - 1'));
    expect(tree('（a ≥ 1）&& !（b ≠ 2）')).toBe(tree('(a >= 1) and not (b != 2)'));
    expect(tree('max(a，b)')).toBe('(max a b)');
    expect(tree('a = 1')).toBe('(== a 1)');
  });

  it('refuses an unknown character and says where it is', () => {
    const error = errorOf('quota # 2');
    expect(error).toMatchObject({ code: 'unexpectedCharacter', start: 6, end: 7 });
    expect(error.message.zh).toBe('第 7 个字符：不能识别的字符“#”');
  });

  it('refuses a number glued to a name', () => {
    expect(errorOf('2quota').code).toBe('unexpectedCharacter');
  });
});

describe('parseFormula', () => {
  it('gives × and ÷ precedence over + and −, left to right', () => {
    expect(tree('1 + 2 * 3')).toBe('(+ 1 (* 2 3))');
    expect(tree('8 / 4 / 2')).toBe('(/ (/ 8 4) 2)');
    expect(tree('10 - 3 - 2')).toBe('(- (- 10 3) 2)');
    expect(tree('(1 + 2) * 3')).toBe('(* (+ 1 2) 3)');
  });

  it('binds unary minus tighter than multiplication', () => {
    expect(tree('-a * b')).toBe('(* (- a) b)');
    expect(tree('--a')).toBe('(- (- a))');
    expect(tree('2 * -3')).toBe('(* 2 (- 3))');
    expect(tree('+a')).toBe('a');
  });

  it('puts comparisons below arithmetic and not/and/or below comparisons', () => {
    expect(tree('a + 1 > b * 2')).toBe('(> (+ a 1) (* b 2))');
    expect(tree('a > 1 and b < 2 or c == 3')).toBe('(or (and (> a 1) (< b 2)) (== c 3))');
    expect(tree('not a > 1 and b')).toBe('(and (not (> a 1)) b)');
    expect(tree('a or b and c')).toBe('(or a (and b c))');
  });

  it('parses function calls with any number of arguments', () => {
    expect(tree('if(quota > 0, headcount / quota, 0)')).toBe('(if (> quota 0) (/ headcount quota) 0)');
    expect(tree('clamp(x, 0, 1)')).toBe('(clamp x 0 1)');
    expect(tree('f()')).toBe('(f)');
    expect(tree('max(a, min(b, c))')).toBe('(max a (min b c))');
  });

  it('keeps the source positions of every node', () => {
    const result = parseFormula('round(a / b, 2)');
    expect(result.ok && result.expr).toMatchObject({
      type: 'call',
      start: 0,
      end: 15,
      args: [
        { type: 'binary', start: 6, end: 11 },
        { start: 13, end: 14 },
      ],
    });
  });

  it('refuses chained comparisons', () => {
    expect(errorOf('0 < a < 1')).toMatchObject({ code: 'chainedComparison', start: 6 });
  });

  it('reports unbalanced parentheses', () => {
    expect(errorOf('(a + b')).toMatchObject({ code: 'unexpectedEnd', start: 0 });
    expect(errorOf('a + b)').message.en).toBe('At character 6: unmatched “)”');
    expect(errorOf('max(a, b').code).toBe('unexpectedEnd');
  });

  it('reports a missing operand or operator', () => {
    expect(errorOf('a +').message.zh).toBe('第 4 个字符：公式不完整，缺少数字、指标名称、函数或“(”');
    expect(errorOf('a b')).toMatchObject({ code: 'unexpectedToken', start: 2, end: 3 });
    expect(errorOf('* 2')).toMatchObject({ code: 'unexpectedToken', start: 0 });
    expect(errorOf('max(a,, b)').code).toBe('unexpectedToken');
  });

  it('refuses an empty or overlong formula', () => {
    expect(errorOf('   ').code).toBe('empty');
    expect(errorOf('1+'.repeat(FORMULA_MAX_LENGTH)).code).toBe('tooLong');
  });
});
