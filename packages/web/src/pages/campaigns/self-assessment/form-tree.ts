import type { SelfAssessmentForm, SelfEntry, SelfFormNode } from '../../../api/self-assessment.ts';
import { hasInput } from './score-text.ts';

/** A node of the form with its children and how many of its self-scored leaves are filled. */
export type FormTreeNode = {
  node: SelfFormNode;
  children: FormTreeNode[];
  filled: number;
  total: number;
};

/** One frozen set as a tree, with completion counts the navigation shows. */
export type FormTreeSet = { id: string; name: string; roots: FormTreeNode[]; filled: number; total: number };

/** Whether the unit has entered a score for the leaf. */
export const isFilled = (entry: SelfEntry | undefined) => hasInput(entry?.input);

/**
 * The sets of the form as trees. Only what the unit scores counts: a branch with no self-scored
 * leaf below is dropped, so the navigation lists nothing the unit has nothing to do in.
 */
export function buildFormTree(form: SelfAssessmentForm): FormTreeSet[] {
  const entries = new Map(form.entries.map((e) => [e.nodeId, e]));
  return form.sets.map((set) => {
    const children = new Map<string | null, SelfFormNode[]>();
    for (const node of set.nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
    const build = (node: SelfFormNode): FormTreeNode | null => {
      if (node.isLeaf) {
        if (!node.selfScored) return null;
        return { node, children: [], filled: isFilled(entries.get(node.id)) ? 1 : 0, total: 1 };
      }
      const kids = (children.get(node.id) ?? []).map(build).filter((k) => k !== null);
      if (kids.length === 0) return null;
      return {
        node,
        children: kids,
        filled: kids.reduce((n, k) => n + k.filled, 0),
        total: kids.reduce((n, k) => n + k.total, 0),
      };
    };
    const roots = (children.get(null) ?? []).map(build).filter((r) => r !== null);
    return {
      id: set.id,
      name: set.name,
      roots,
      filled: roots.reduce((n, r) => n + r.filled, 0),
      total: roots.reduce((n, r) => n + r.total, 0),
    };
  });
}

/** The leaves below a tree node, in order. */
export function leavesOf(tree: FormTreeNode): FormTreeNode[] {
  return tree.children.length === 0 ? [tree] : tree.children.flatMap(leavesOf);
}
