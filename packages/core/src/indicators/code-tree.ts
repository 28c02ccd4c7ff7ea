import type { LocalizedText } from '../errors.ts';
import { renumber } from './codes.ts';
import { type IndicatorNode, type IndicatorNodeContent, indicatorLimits } from './indicators.schemas.ts';

/**
 * Rebuilds a tree from nodes identified by their codes (1, 1.2, 1.2.3), as exported files carry
 * them: the parent of 1.2.3 is 1.2, siblings are ordered by their last number. Both the Excel and
 * the JSON import use it; problems point at the item (row) and the field.
 */

/** Up to three positive numbers separated by dots. */
export const CODE_PATTERN = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,2}$/;

export type CodedItem = { code: string; level: number | null; content: IndicatorNodeContent };
export type CodeProblem = { index: number; field: 'code' | 'level' | 'rule'; message: LocalizedText };

const segments = (code: string) => code.split('.').map(Number);
const parentCode = (code: string) => code.split('.').slice(0, -1).join('.');

/** Checks the codes and builds the nodes (fresh ids, renumbered); nodes only when no problem. */
export function buildTreeFromCodes(
  items: readonly CodedItem[],
  newId: () => string,
): { nodes: IndicatorNode[]; problems: CodeProblem[] } {
  const problems: CodeProblem[] = [];
  const problem = (index: number, field: CodeProblem['field'], zh: string, en: string) =>
    problems.push({ index, field, message: { zh, en } });
  const byCode = new Map<string, number>();
  items.forEach((item, index) => {
    const code = item.code.trim();
    if (!CODE_PATTERN.test(code)) {
      problem(
        index,
        'code',
        `编号“${code}”格式不对，应如 1、1.2、1.2.3（最多 ${indicatorLimits.maxLevel} 级）`,
        `the code “${code}” should look like 1, 1.2 or 1.2.3 (at most ${indicatorLimits.maxLevel} levels)`,
      );
      return;
    }
    const earlier = byCode.get(code);
    if (earlier !== undefined) {
      problem(
        index,
        'code',
        `编号 ${code} 与第 ${earlier + 1} 项重复`,
        `the code ${code} repeats item ${earlier + 1}`,
      );
      return;
    }
    byCode.set(code, index);
    const depth = segments(code).length;
    if (item.level !== null && item.level !== depth) {
      problem(
        index,
        'level',
        `层级 ${item.level} 与编号 ${code}（第 ${depth} 级）不一致`,
        `level ${item.level} does not match the code ${code} (level ${depth})`,
      );
    }
  });
  const parents = new Set<string>();
  byCode.forEach((index, code) => {
    if (!code.includes('.')) return;
    const parent = parentCode(code);
    parents.add(parent);
    if (!byCode.has(parent))
      problem(index, 'code', `上级指标 ${parent} 不存在`, `its parent ${parent} is missing`);
  });
  byCode.forEach((index, code) => {
    const item = items[index] as CodedItem;
    if (parents.has(code) && item.content.rule) {
      problem(
        index,
        'rule',
        '有下级指标的指标不设计分规则，请留空',
        'an indicator with sub-indicators has no rule; leave it empty',
      );
    }
  });
  if (problems.length) return { nodes: [], problems: problems.sort((a, b) => a.index - b.index) };
  const ids = new Map([...byCode.keys()].map((code) => [code, newId()]));
  const nodes: IndicatorNode[] = [...byCode.entries()].map(([code, index]) => ({
    ...(items[index] as CodedItem).content,
    id: ids.get(code) as string,
    parentId: code.includes('.') ? (ids.get(parentCode(code)) ?? null) : null,
    seq: segments(code).at(-1) as number,
    code,
    level: segments(code).length,
    lineage: null,
    weighting: null,
  }));
  return { nodes: renumber(nodes), problems: [] };
}
