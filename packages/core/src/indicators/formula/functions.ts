import type { LocalizedText } from '../../errors.ts';
import type { FormulaType } from './ast.ts';

/**
 * The functions a formula may call. Each says how many arguments it takes and what types they
 * have, so the type checker can refuse a wrong call when the formula is saved; evaluation is in
 * `evaluate.ts`.
 */

export type FunctionSpec = {
  name: string;
  /** How the editor shows the call, e.g. `clamp(x, 下限, 上限)`. */
  signature: string;
  description: LocalizedText;
  example: string;
  minArgs: number;
  /** `Infinity` for variadic functions. */
  maxArgs: number;
  /**
   * The expected type of argument `i`; `'same'` means: the same type as the other `'same'`
   * arguments, which is also the result type (the two branches of `if`).
   */
  argType: (index: number) => FormulaType | 'same';
  /** Result type when no argument is `'same'`. */
  result: FormulaType;
};

const numbers = () => 'number' as const;

/** Every function, in the order the editor lists them. */
export const functionCatalogue: readonly FunctionSpec[] = [
  {
    name: 'min',
    signature: 'min(a, b, …)',
    description: { zh: '取最小值（至少两个数）', en: 'The smallest of two or more numbers' },
    example: 'min(quota, 50)',
    minArgs: 2,
    maxArgs: Number.POSITIVE_INFINITY,
    argType: numbers,
    result: 'number',
  },
  {
    name: 'max',
    signature: 'max(a, b, …)',
    description: { zh: '取最大值（至少两个数）', en: 'The largest of two or more numbers' },
    example: 'max(0, headcount - quota)',
    minArgs: 2,
    maxArgs: Number.POSITIVE_INFINITY,
    argType: numbers,
    result: 'number',
  },
  {
    name: 'clamp',
    signature: 'clamp(x, lower, upper)',
    description: {
      zh: '把 x 限制在 [下限, 上限] 之间',
      en: 'x limited to the range [lower, upper]',
    },
    example: 'clamp(useRate, 0, 1)',
    minArgs: 3,
    maxArgs: 3,
    argType: numbers,
    result: 'number',
  },
  {
    name: 'if',
    signature: 'if(condition, then, else)',
    description: {
      zh: '条件成立取第二个值，否则取第三个值；只计算取到的那个值',
      en: 'The second value when the condition holds, otherwise the third; only the chosen one is computed',
    },
    example: 'if(quota > 0, headcount / quota, 0)',
    minArgs: 3,
    maxArgs: 3,
    argType: (i) => (i === 0 ? 'boolean' : 'same'),
    result: 'number',
  },
  {
    name: 'abs',
    signature: 'abs(x)',
    description: { zh: '绝对值', en: 'Absolute value' },
    example: 'abs(quota - headcount)',
    minArgs: 1,
    maxArgs: 1,
    argType: numbers,
    result: 'number',
  },
  {
    name: 'round',
    signature: 'round(x, digits)',
    description: {
      zh: '四舍五入到指定小数位（省略位数时取整，位数为 0–6 的整数）',
      en: 'Rounded half up to the given decimals (0–6; whole number when omitted)',
    },
    example: 'round(useRate * 100, 1)',
    minArgs: 1,
    maxArgs: 2,
    argType: numbers,
    result: 'number',
  },
];

/** The catalogue entry of a function, or undefined. */
export const functionSpecOf = (name: string) => functionCatalogue.find((f) => f.name === name);
