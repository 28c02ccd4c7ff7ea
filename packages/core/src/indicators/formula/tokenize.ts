import type { Span } from './ast.ts';
import { type FormulaError, formulaError } from './errors.ts';

/**
 * Splits a formula into tokens. Besides ASCII it accepts what people type in a Chinese editor or
 * copy from a policy text: × ÷ ≤ ≥ ≠, full-width parentheses and commas, `&&` `||` `!` for
 * and/or/not, a single `=` for equality, and a `%` after a number (`85%` is 0.85).
 */

export type Token =
  | ({ kind: 'number'; value: number } & Span)
  | ({ kind: 'identifier'; name: string } & Span)
  | ({ kind: 'operator'; op: OperatorText } & Span)
  | ({ kind: 'keyword'; word: 'and' | 'or' | 'not' | 'true' | 'false' } & Span)
  | ({ kind: 'punct'; char: '(' | ')' | ',' } & Span)
  | ({ kind: 'end' } & Span);

export type OperatorText = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=';

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);

type Spelled =
  | { kind: 'operator'; op: OperatorText }
  | { kind: 'keyword'; word: 'and' | 'or' | 'not' }
  | { kind: 'punct'; char: '(' | ')' | ',' };

/** Longest spellings first so that `<=` wins over `<`. */
const SPELLINGS: [string, Spelled][] = [
  ['<=', { kind: 'operator', op: '<=' }],
  ['>=', { kind: 'operator', op: '>=' }],
  ['==', { kind: 'operator', op: '==' }],
  ['!=', { kind: 'operator', op: '!=' }],
  ['<>', { kind: 'operator', op: '!=' }],
  ['&&', { kind: 'keyword', word: 'and' }],
  ['||', { kind: 'keyword', word: 'or' }],
  ['≤', { kind: 'operator', op: '<=' }],
  ['≥', { kind: 'operator', op: '>=' }],
  ['≠', { kind: 'operator', op: '!=' }],
  ['<', { kind: 'operator', op: '<' }],
  ['>', { kind: 'operator', op: '>' }],
  ['=', { kind: 'operator', op: '==' }],
  ['!', { kind: 'keyword', word: 'not' }],
  ['+', { kind: 'operator', op: '+' }],
  ['-', { kind: 'operator', op: '-' }],
  ['−', { kind: 'operator', op: '-' }],
  ['*', { kind: 'operator', op: '*' }],
  ['×', { kind: 'operator', op: '*' }],
  ['/', { kind: 'operator', op: '/' }],
  ['÷', { kind: 'operator', op: '/' }],
  ['(', { kind: 'punct', char: '(' }],
  ['（', { kind: 'punct', char: '(' }],
  [')', { kind: 'punct', char: ')' }],
  ['）', { kind: 'punct', char: ')' }],
  [',', { kind: 'punct', char: ',' }],
  ['，', { kind: 'punct', char: ',' }],
];

const NUMBER = /^(\d+(\.\d*)?|\.\d+)/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPACE = /^[\s\u3000]+/;

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: FormulaError };

/** Tokenizes the whole source; the last token is always `end`. */
export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = SPACE.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      let end = at + number[0].length;
      let value = Number(number[0]);
      if (source[end] === '%' || source[end] === '％') {
        value /= 100;
        end++;
      }
      if (/^[A-Za-z_\d]/.test(source.slice(end, end + 1))) {
        return {
          ok: false,
          error: formulaError(
            'unexpectedCharacter',
            { start: end, end: end + 1 },
            '数字后面不能直接跟字母或数字',
            'a number cannot be followed directly by a letter or digit',
          ),
        };
      }
      tokens.push({ kind: 'number', value, start: at, end });
      at = end;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      const name = identifier[0];
      const span = { start: at, end: at + name.length };
      const lower = name.toLowerCase();
      tokens.push(
        KEYWORDS.has(lower)
          ? { kind: 'keyword', word: lower as 'and' | 'or' | 'not' | 'true' | 'false', ...span }
          : { kind: 'identifier', name, ...span },
      );
      at = span.end;
      continue;
    }
    const spelling = SPELLINGS.find(([text]) => rest.startsWith(text));
    if (spelling) {
      const [text, token] = spelling;
      tokens.push({ ...token, start: at, end: at + text.length });
      at += text.length;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(at) ?? 0);
    return {
      ok: false,
      error: formulaError(
        'unexpectedCharacter',
        { start: at, end: at + char.length },
        `不能识别的字符“${char}”`,
        `unexpected character “${char}”`,
      ),
    };
  }
  tokens.push({ kind: 'end', start: source.length, end: source.length });
  return { ok: true, tokens };
}
