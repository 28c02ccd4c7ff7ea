import type { LocalizedText } from '../../errors.ts';
import type { Span } from './ast.ts';

/**
 * Problems of a formula, each with where it is and a message in Chinese and English. Positions
 * are shown 1-based ("第 3 个字符") because that is how people count characters.
 */

export type FormulaErrorCode =
  | 'empty'
  | 'tooLong'
  | 'unexpectedCharacter'
  | 'unexpectedToken'
  | 'unexpectedEnd'
  | 'chainedComparison'
  | 'unknownMeasure'
  | 'unknownFunction'
  | 'wrongArity'
  | 'typeMismatch'
  | 'wrongResultType';

/** A problem found when a formula is parsed or type-checked (when it is saved). */
export type FormulaError = Span & { code: FormulaErrorCode; message: LocalizedText };

export type FormulaEvalErrorCode = 'divisionByZero' | 'missingMeasure' | 'notFinite' | 'badArgument';

/** Why a valid formula has no value for one unit (for instance a quota of 0 as divisor). */
export type FormulaEvalError = Span & { code: FormulaEvalErrorCode; message: LocalizedText };

/** `第 3 个字符` / `at character 3`, or the range when the span is longer than one character. */
export function describeSpan(span: Span): LocalizedText {
  const from = span.start + 1;
  const to = Math.max(span.end, from);
  return to > from
    ? { zh: `第 ${from}–${to} 个字符`, en: `characters ${from}–${to}` }
    : { zh: `第 ${from} 个字符`, en: `character ${from}` };
}

/** Builds an error whose message starts with where it is. */
export function formulaError<C extends string>(
  code: C,
  span: Span,
  zh: string,
  en: string,
): Span & { code: C; message: LocalizedText } {
  const where = describeSpan(span);
  return {
    code,
    start: span.start,
    end: span.end,
    message: { zh: `${where.zh}：${zh}`, en: `At ${where.en}: ${en}` },
  };
}
