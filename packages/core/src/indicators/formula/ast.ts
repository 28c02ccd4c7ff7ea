/**
 * The syntax tree of a formula. Every node keeps its position in the source (UTF-16 offsets,
 * `end` exclusive) so that type and evaluation errors can point at the offending part.
 */

/** Where a piece of the formula is: offsets into the source, `end` exclusive. */
export type Span = { start: number; end: number };

export type BinaryOperator = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';
export type UnaryOperator = '-' | 'not';

export type FormulaExpr =
  | ({ type: 'number'; value: number } & Span)
  | ({ type: 'boolean'; value: boolean } & Span)
  | ({ type: 'measure'; name: string } & Span)
  | ({ type: 'unary'; op: UnaryOperator; operand: FormulaExpr } & Span)
  | ({ type: 'binary'; op: BinaryOperator; left: FormulaExpr; right: FormulaExpr } & Span)
  | ({ type: 'call'; name: string; args: FormulaExpr[] } & Span);

/** The two value types of the language. */
export type FormulaType = 'number' | 'boolean';

export const comparisonOperators: readonly BinaryOperator[] = ['<', '<=', '>', '>=', '==', '!='];
export const arithmeticOperators: readonly BinaryOperator[] = ['+', '-', '*', '/'];
export const logicalOperators: readonly BinaryOperator[] = ['and', 'or'];
