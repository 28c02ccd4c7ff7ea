import {
  arithmeticOperators,
  comparisonOperators,
  type FormulaExpr,
  type FormulaType,
  logicalOperators,
} from './ast.ts';
import { type FormulaError, formulaError } from './errors.ts';
import { functionSpecOf } from './functions.ts';

/**
 * Type checker: numbers and booleans never mix (`quota + (a > b)` and `if(quota, …)` are
 * refused), every measure and function must exist, and every call must have the right number of
 * arguments. It reports every problem it finds, not only the first, so the editor can mark them
 * all at once.
 */

const typeLabel = (type: FormulaType) =>
  type === 'number'
    ? { zh: '数值', en: 'a number' }
    : { zh: '条件（真/假）', en: 'a condition (true/false)' };

export type CheckResult = { type: FormulaType | null; errors: FormulaError[] };

/** Function names are matched without regard to case (`IF`, `Min` as in a spreadsheet). */
export const canonicalFunctionName = (name: string) => name.toLowerCase();

function suggestMeasure(name: string, measures: ReadonlySet<string>): string | null {
  const lower = name.toLowerCase();
  for (const known of measures) if (known.toLowerCase() === lower) return known;
  return null;
}

/** Type-checks a parsed formula against the measures it may use. */
export function checkFormula(expr: FormulaExpr, measures: ReadonlySet<string>): CheckResult {
  const errors: FormulaError[] = [];

  const expect = (
    node: FormulaExpr,
    type: FormulaType | null,
    wanted: FormulaType,
    what: { zh: string; en: string },
  ) => {
    if (type === null || type === wanted) return;
    const want = typeLabel(wanted);
    const got = typeLabel(type);
    errors.push(
      formulaError(
        'typeMismatch',
        node,
        `${what.zh}应为${want.zh}，这里是${got.zh}`,
        `${what.en} must be ${want.en}, not ${got.en}`,
      ),
    );
  };

  const visit = (node: FormulaExpr): FormulaType | null => {
    switch (node.type) {
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'measure': {
        if (measures.has(node.name)) return 'number';
        const suggestion = suggestMeasure(node.name, measures);
        errors.push(
          formulaError(
            'unknownMeasure',
            node,
            `没有名为“${node.name}”的指标数据${suggestion ? `，是否是“${suggestion}”？` : ''}`,
            `there is no measure “${node.name}”${suggestion ? `; did you mean “${suggestion}”?` : ''}`,
          ),
        );
        return 'number';
      }
      case 'unary': {
        const type = visit(node.operand);
        if (node.op === 'not') {
          expect(node.operand, type, 'boolean', { zh: 'not 的对象', en: 'the operand of not' });
          return 'boolean';
        }
        expect(node.operand, type, 'number', { zh: '负号后面', en: 'the operand of unary minus' });
        return 'number';
      }
      case 'binary': {
        const left = visit(node.left);
        const right = visit(node.right);
        if (arithmeticOperators.includes(node.op)) {
          const what = { zh: `“${node.op}”两边`, en: `each side of “${node.op}”` };
          expect(node.left, left, 'number', what);
          expect(node.right, right, 'number', what);
          return 'number';
        }
        if (logicalOperators.includes(node.op)) {
          const what = { zh: `${node.op} 两边`, en: `each side of ${node.op}` };
          expect(node.left, left, 'boolean', what);
          expect(node.right, right, 'boolean', what);
          return 'boolean';
        }
        if (comparisonOperators.includes(node.op)) {
          const what = { zh: `比较“${node.op}”两边`, en: `each side of the comparison “${node.op}”` };
          expect(node.left, left, 'number', what);
          expect(node.right, right, 'number', what);
        }
        return 'boolean';
      }
      case 'call':
        return visitCall(node);
    }
  };

  const visitCall = (node: Extract<FormulaExpr, { type: 'call' }>): FormulaType | null => {
    const argTypes = node.args.map(visit);
    const spec = functionSpecOf(canonicalFunctionName(node.name));
    if (!spec) {
      errors.push(
        formulaError(
          'unknownFunction',
          { start: node.start, end: node.start + node.name.length },
          `没有名为“${node.name}”的函数（可用：min、max、clamp、if、abs、round）`,
          `there is no function “${node.name}” (available: min, max, clamp, if, abs, round)`,
        ),
      );
      return null;
    }
    const n = node.args.length;
    if (n < spec.minArgs || n > spec.maxArgs) {
      const wanted =
        spec.maxArgs === Number.POSITIVE_INFINITY
          ? { zh: `至少 ${spec.minArgs} 个`, en: `at least ${spec.minArgs}` }
          : spec.minArgs === spec.maxArgs
            ? { zh: ` ${spec.minArgs} 个`, en: `${spec.minArgs}` }
            : { zh: ` ${spec.minArgs}–${spec.maxArgs} 个`, en: `${spec.minArgs} to ${spec.maxArgs}` };
      errors.push(
        formulaError(
          'wrongArity',
          node,
          `${spec.signature} 需要${wanted.zh}参数，这里有 ${n} 个`,
          `${spec.signature} takes ${wanted.en} arguments, not ${n}`,
        ),
      );
      return spec.result;
    }
    let same: FormulaType | null = null;
    for (const [i, arg] of node.args.entries()) {
      const wanted = spec.argType(i);
      const type = argTypes[i] ?? null;
      if (wanted !== 'same') {
        expect(arg, type, wanted, {
          zh: `${spec.name} 的第 ${i + 1} 个参数`,
          en: `argument ${i + 1} of ${spec.name}`,
        });
      } else if (same === null) {
        same = type;
      } else {
        expect(arg, type, same, {
          zh: `${spec.name} 的两个取值类型须一致：第 ${i + 1} 个参数`,
          en: `both values of ${spec.name} must have the same type: argument ${i + 1}`,
        });
      }
    }
    return node.args.some((_, i) => spec.argType(i) === 'same') ? same : spec.result;
  };

  const type = visit(expr);
  errors.sort((a, b) => a.start - b.start);
  return { type: errors.length ? null : type, errors };
}
