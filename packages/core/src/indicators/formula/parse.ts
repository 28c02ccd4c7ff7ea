import type { BinaryOperator, FormulaExpr, Span } from './ast.ts';
import { type FormulaError, formulaError } from './errors.ts';
import { type OperatorText, type Token, tokenize } from './tokenize.ts';

/**
 * Recursive-descent parser of the formula language. Precedence, loosest first:
 * `or` < `and` < `not` < comparison (one per operand, no chains) < `+ −` < `× ÷` < unary minus
 * < number, measure, function call, parentheses. It builds a tree and never evaluates anything:
 * a formula is data, not code (no eval, no Function).
 */

/** Longest formula accepted, in characters: longer ones belong in several indicators. */
export const FORMULA_MAX_LENGTH = 500;

export type ParseResult = { ok: true; expr: FormulaExpr } | { ok: false; error: FormulaError };

class ParseFailure {
  constructor(readonly error: FormulaError) {}
}

const COMPARISONS: OperatorText[] = ['<', '<=', '>', '>=', '==', '!='];

const describeToken = (token: Token): string => {
  switch (token.kind) {
    case 'number':
      return String(token.value);
    case 'identifier':
      return token.name;
    case 'operator':
      return token.op;
    case 'keyword':
      return token.word;
    case 'punct':
      return token.char;
    case 'end':
      return '';
  }
};

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private advance(): Token {
    const token = this.current;
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private isOperator(...ops: OperatorText[]): boolean {
    const token = this.current;
    return token.kind === 'operator' && ops.includes(token.op);
  }

  private isKeyword(word: string): boolean {
    const token = this.current;
    return token.kind === 'keyword' && token.word === word;
  }

  private isPunct(char: string): boolean {
    const token = this.current;
    return token.kind === 'punct' && token.char === char;
  }

  private fail(token: Token, zh: string, en: string): never {
    throw new ParseFailure(formulaError('unexpectedToken', token, zh, en));
  }

  private unexpected(token: Token, expectation: { zh: string; en: string }): never {
    if (token.kind === 'end') {
      throw new ParseFailure(
        formulaError(
          'unexpectedEnd',
          token,
          `公式不完整，缺少${expectation.zh}`,
          `incomplete formula, expected ${expectation.en}`,
        ),
      );
    }
    const text = describeToken(token);
    return this.fail(
      token,
      `此处不应出现“${text}”，应为${expectation.zh}`,
      `unexpected “${text}”, expected ${expectation.en}`,
    );
  }

  parseAll(): FormulaExpr {
    const expr = this.parseOr();
    const rest = this.current;
    if (rest.kind !== 'end') {
      if (rest.kind === 'punct' && rest.char === ')') {
        this.fail(rest, '多余的右括号“)”', 'unmatched “)”');
      }
      this.unexpected(rest, { zh: '运算符或公式结尾', en: 'an operator or the end of the formula' });
    }
    return expr;
  }

  private binary(op: BinaryOperator, left: FormulaExpr, right: FormulaExpr): FormulaExpr {
    return { type: 'binary', op, left, right, start: left.start, end: right.end };
  }

  private parseOr(): FormulaExpr {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.advance();
      left = this.binary('or', left, this.parseAnd());
    }
    return left;
  }

  private parseAnd(): FormulaExpr {
    let left = this.parseNot();
    while (this.isKeyword('and')) {
      this.advance();
      left = this.binary('and', left, this.parseNot());
    }
    return left;
  }

  private parseNot(): FormulaExpr {
    if (!this.isKeyword('not')) return this.parseComparison();
    const token = this.advance();
    const operand = this.parseNot();
    return { type: 'unary', op: 'not', operand, start: token.start, end: operand.end };
  }

  private parseComparison(): FormulaExpr {
    const left = this.parseAdditive();
    if (!this.isOperator(...COMPARISONS)) return left;
    const op = (this.advance() as { op: OperatorText }).op;
    const right = this.parseAdditive();
    if (this.isOperator(...COMPARISONS)) {
      const token = this.current;
      throw new ParseFailure(
        formulaError(
          'chainedComparison',
          token,
          '比较不能连写（如 a < b < c），请用 and 连接两个比较',
          'comparisons cannot be chained (a < b < c); join two comparisons with and',
        ),
      );
    }
    return this.binary(op, left, right);
  }

  private parseAdditive(): FormulaExpr {
    let left = this.parseMultiplicative();
    while (this.isOperator('+', '-')) {
      const op = (this.advance() as { op: '+' | '-' }).op;
      left = this.binary(op, left, this.parseMultiplicative());
    }
    return left;
  }

  private parseMultiplicative(): FormulaExpr {
    let left = this.parseUnary();
    while (this.isOperator('*', '/')) {
      const op = (this.advance() as { op: '*' | '/' }).op;
      left = this.binary(op, left, this.parseUnary());
    }
    return left;
  }

  private parseUnary(): FormulaExpr {
    if (this.isOperator('-', '+')) {
      const token = this.advance() as Token & { op: OperatorText };
      const operand = this.parseUnary();
      if (token.op === '+') return { ...operand, start: token.start };
      return { type: 'unary', op: '-', operand, start: token.start, end: operand.end };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FormulaExpr {
    const token = this.current;
    switch (token.kind) {
      case 'number':
        this.advance();
        return { type: 'number', value: token.value, start: token.start, end: token.end };
      case 'keyword':
        if (token.word === 'true' || token.word === 'false') {
          this.advance();
          return { type: 'boolean', value: token.word === 'true', start: token.start, end: token.end };
        }
        break;
      case 'identifier':
        this.advance();
        return this.isPunct('(')
          ? this.parseCall(token.name, token)
          : { type: 'measure', name: token.name, start: token.start, end: token.end };
      case 'punct':
        if (token.char === '(') {
          this.advance();
          const inner = this.parseOr();
          const close = this.expectClose(token);
          return { ...inner, start: token.start, end: close.end };
        }
        break;
      default:
        break;
    }
    return this.unexpected(token, {
      zh: '数字、指标名称、函数或“(”',
      en: 'a number, a measure, a function or “(”',
    });
  }

  private expectClose(open: Span): Token {
    if (this.isPunct(')')) return this.advance();
    if (this.current.kind === 'end') {
      throw new ParseFailure(
        formulaError('unexpectedEnd', open, '括号“(”没有配对的“)”', 'this “(” is never closed'),
      );
    }
    return this.unexpected(this.current, { zh: '“)”', en: '“)”' });
  }

  private parseCall(name: string, nameToken: Span): FormulaExpr {
    const open = this.advance();
    const args: FormulaExpr[] = [];
    if (!this.isPunct(')')) {
      args.push(this.parseOr());
      while (this.isPunct(',')) {
        this.advance();
        args.push(this.parseOr());
      }
    }
    const close = this.expectClose(open);
    return { type: 'call', name, args, start: nameToken.start, end: close.end };
  }
}

/** Parses a formula into its tree, or returns the first syntax error with its position. */
export function parseFormula(source: string): ParseResult {
  if (source.trim() === '') {
    return {
      ok: false,
      error: formulaError('empty', { start: 0, end: 0 }, '公式不能为空', 'the formula is empty'),
    };
  }
  if (source.length > FORMULA_MAX_LENGTH) {
    return {
      ok: false,
      error: formulaError(
        'tooLong',
        { start: FORMULA_MAX_LENGTH, end: source.length },
        `公式最多 ${FORMULA_MAX_LENGTH} 个字符`,
        `a formula has at most ${FORMULA_MAX_LENGTH} characters`,
      ),
    };
  }
  const tokens = tokenize(source);
  if (!tokens.ok) return tokens;
  try {
    return { ok: true, expr: new Parser(tokens.tokens).parseAll() };
  } catch (failure) {
    if (failure instanceof ParseFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
