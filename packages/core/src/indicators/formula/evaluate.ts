import type { FormulaExpr, Span } from './ast.ts';
import { canonicalFunctionName } from './check.ts';
import { type FormulaEvalError, formulaError } from './errors.ts';
import { measureSpecOf } from './measures.ts';

/**
 * Evaluates a type-checked formula over one unit's measures. It walks the tree (no eval, no
 * Function). A division by zero, a measure the unit has no value for, or a result that is not a
 * finite number yields an error value naming the place, never Infinity or NaN: such a unit has
 * no score from this formula, and the rule (e.g. `fallbackAverage`) decides what follows.
 * `if`, `and` and `or` evaluate only what they need, so `if(quota > 0, headcount / quota, 0)`
 * is safe for a unit without quota.
 */

/** Measure values of one unit; null or absent = the unit has no value for it. */
export type MeasureValues = Readonly<Record<string, number | null | undefined>>;

export type FormulaValue = number | boolean;
export type EvaluateResult = { ok: true; value: FormulaValue } | { ok: false; error: FormulaEvalError };

class EvalFailure {
  constructor(readonly error: FormulaEvalError) {}
}

/** Comparisons tolerate rounding noise: 0.1 + 0.2 == 0.3 holds, as it does on paper. */
const tolerance = (a: number, b: number) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function compare(op: string, a: number, b: number): boolean {
  const eps = tolerance(a, b);
  switch (op) {
    case '<':
      return a < b - eps;
    case '<=':
      return a <= b + eps;
    case '>':
      return a > b + eps;
    case '>=':
      return a >= b - eps;
    case '==':
      return Math.abs(a - b) <= eps;
    default:
      return Math.abs(a - b) > eps;
  }
}

const fail = (code: FormulaEvalError['code'], span: Span, zh: string, en: string): never => {
  throw new EvalFailure(formulaError(code, span, zh, en));
};

const finite = (value: number, span: Span): number =>
  Number.isFinite(value)
    ? value
    : fail('notFinite', span, '计算结果超出数值范围', 'the result is out of range');

function roundHalfUp(value: number, digits: number): number {
  const factor = 10 ** digits;
  // The epsilon keeps 2.675 → 2.68 although 2.675 is stored as 2.67499999…
  return (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
}

function evaluateNode(node: FormulaExpr, measures: MeasureValues): FormulaValue {
  const num = (n: FormulaExpr) => evaluateNode(n, measures) as number;
  const bool = (n: FormulaExpr) => evaluateNode(n, measures) as boolean;
  switch (node.type) {
    case 'number':
    case 'boolean':
      return node.value;
    case 'measure': {
      const value = measures[node.name];
      if (value === null || value === undefined || !Number.isFinite(value)) {
        const label = measureSpecOf(node.name)?.label ?? { zh: node.name, en: node.name };
        return fail(
          'missingMeasure',
          node,
          `该单位没有“${label.zh}”（${node.name}）的数据`,
          `the unit has no value for “${label.en}” (${node.name})`,
        );
      }
      return value;
    }
    case 'unary':
      return node.op === 'not' ? !bool(node.operand) : finite(-num(node.operand), node);
    case 'binary':
      switch (node.op) {
        case 'and':
          return bool(node.left) && bool(node.right);
        case 'or':
          return bool(node.left) || bool(node.right);
        case '+':
          return finite(num(node.left) + num(node.right), node);
        case '-':
          return finite(num(node.left) - num(node.right), node);
        case '*':
          return finite(num(node.left) * num(node.right), node);
        case '/': {
          const numerator = num(node.left);
          const divisor = num(node.right);
          if (divisor === 0) {
            return fail(
              'divisionByZero',
              node.right,
              '除数为 0，无法计算（可用 if 先判断除数是否大于 0）',
              'division by zero (check the divisor with if first)',
            );
          }
          return finite(numerator / divisor, node);
        }
        default:
          return compare(node.op, num(node.left), num(node.right));
      }
    case 'call':
      return evaluateCall(node, measures);
  }
}

function evaluateCall(node: Extract<FormulaExpr, { type: 'call' }>, measures: MeasureValues): FormulaValue {
  const num = (n: FormulaExpr) => evaluateNode(n, measures) as number;
  const [a, b, c] = node.args as [FormulaExpr, FormulaExpr, FormulaExpr];
  switch (canonicalFunctionName(node.name)) {
    case 'if':
      return evaluateNode(evaluateNode(a, measures) ? b : c, measures);
    case 'min':
      return Math.min(...node.args.map(num));
    case 'max':
      return Math.max(...node.args.map(num));
    case 'abs':
      return Math.abs(num(a));
    case 'clamp': {
      const [x, lower, upper] = [num(a), num(b), num(c)];
      if (lower > upper) {
        return fail(
          'badArgument',
          node,
          `clamp 的下限 ${lower} 大于上限 ${upper}`,
          `clamp’s lower bound ${lower} is above its upper bound ${upper}`,
        );
      }
      return Math.min(upper, Math.max(lower, x));
    }
    case 'round': {
      const digits = node.args.length > 1 ? num(b) : 0;
      if (!Number.isInteger(digits) || digits < 0 || digits > 6) {
        return fail(
          'badArgument',
          b,
          'round 的小数位数应为 0–6 的整数',
          'round takes 0 to 6 decimal digits, as a whole number',
        );
      }
      return roundHalfUp(num(a), digits);
    }
    default:
      return fail('badArgument', node, `未知函数“${node.name}”`, `unknown function “${node.name}”`);
  }
}

/** Evaluates a checked formula; errors come back as values, never as exceptions. */
export function evaluateFormula(expr: FormulaExpr, measures: MeasureValues): EvaluateResult {
  try {
    return { ok: true, value: evaluateNode(expr, measures) };
  } catch (failure) {
    if (failure instanceof EvalFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
