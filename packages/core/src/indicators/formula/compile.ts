import type { FormulaExpr, FormulaType } from './ast.ts';
import { checkFormula } from './check.ts';
import { type FormulaError, formulaError } from './errors.ts';
import { type EvaluateResult, evaluateFormula, type MeasureValues } from './evaluate.ts';
import { measureNames, sampleMeasures } from './measures.ts';
import { parseFormula } from './parse.ts';

/**
 * One call for what saving a formula needs: parse, type-check, and check that the result has the
 * expected type (a scoring formula yields a number). The editor also uses `previewFormula` to
 * show the value on the sample unit.
 */

export type CompiledFormula =
  | { ok: true; expr: FormulaExpr; type: FormulaType; measures: string[] }
  | { ok: false; errors: FormulaError[] };

export type CompileOptions = {
  /** Measures the formula may use; the registry catalogue by default. */
  measures?: ReadonlySet<string>;
  /** The result type required; `number` by default. */
  expect?: FormulaType;
};

function usedMeasures(expr: FormulaExpr, into = new Set<string>()): Set<string> {
  switch (expr.type) {
    case 'measure':
      into.add(expr.name);
      break;
    case 'unary':
      usedMeasures(expr.operand, into);
      break;
    case 'binary':
      usedMeasures(expr.left, into);
      usedMeasures(expr.right, into);
      break;
    case 'call':
      for (const arg of expr.args) usedMeasures(arg, into);
      break;
    default:
      break;
  }
  return into;
}

/** Parses and type-checks a formula; on success lists the measures it reads. */
export function compileFormula(source: string, options: CompileOptions = {}): CompiledFormula {
  const parsed = parseFormula(source);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const checked = checkFormula(parsed.expr, options.measures ?? measureNames);
  if (checked.type === null) return { ok: false, errors: checked.errors };
  const expected = options.expect ?? 'number';
  if (checked.type !== expected) {
    const error =
      expected === 'number'
        ? formulaError(
            'wrongResultType',
            parsed.expr,
            '公式的结果应为数值；条件可写成 if(条件, 1, 0)',
            'the formula must yield a number; write a condition as if(condition, 1, 0)',
          )
        : formulaError(
            'wrongResultType',
            parsed.expr,
            '公式的结果应为条件（真/假）',
            'the formula must yield a condition (true/false)',
          );
    return { ok: false, errors: [error] };
  }
  return { ok: true, expr: parsed.expr, type: checked.type, measures: [...usedMeasures(parsed.expr)].sort() };
}

export type FormulaPreview = {
  compiled: CompiledFormula;
  /** The value on the given unit (the sample unit by default); null when the formula is invalid. */
  result: EvaluateResult | null;
};

/** Compiles a formula and evaluates it on one unit's measures, for the editor. */
export function previewFormula(
  source: string,
  measures: MeasureValues = sampleMeasures,
  options: CompileOptions = {},
): FormulaPreview {
  const compiled = compileFormula(source, options);
  return { compiled, result: compiled.ok ? evaluateFormula(compiled.expr, measures) : null };
}

/** A preview as the formula-check API returns it (`FormulaCheckResultSchema`). */
export function summarizePreview(preview: FormulaPreview) {
  const { compiled, result } = preview;
  return {
    ok: compiled.ok,
    errors: compiled.ok ? [] : compiled.errors,
    measures: compiled.ok ? compiled.measures : [],
    value: result?.ok && typeof result.value === 'number' ? result.value : null,
    evaluationError: result && !result.ok ? result.error : null,
  };
}
