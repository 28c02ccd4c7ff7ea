import type { IndicatorDetailNode, IndicatorSetDetail } from '@bianping/core/indicators/api';
import { describeRule } from '@bianping/core/indicators/rules/describe';
import { orderTree } from '@bianping/core/indicators/tree';
import { validateSet } from '@bianping/core/indicators/validate';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { findSourceLabels, loadNodes } from './indicator-nodes.queries.ts';
import { assertVisible, visibleStatuses } from './indicators.policy.ts';
import { findSet, listEditions } from './indicators.queries.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * A set as the editor shows it: meta, the nodes in tree order with their rule in plain words and
 * (for a derived set) the source indicator each came from, what publish validation says now,
 * and the other editions of the series the caller may see. 404 for a set hidden from the caller.
 */
export async function getSetDetail(db: Db, principal: Principal, id: string): Promise<IndicatorSetDetail> {
  const found = await findSet(db, id);
  assertVisible(principal, found?.set);
  const { set } = found as NonNullable<typeof found>;
  const statuses = visibleStatuses(principal);
  const [nodes, editions] = await Promise.all([loadNodes(db, id), listEditions(db, set.seriesId, statuses)]);
  const labels = await findSourceLabels(
    db,
    nodes.flatMap((n) => (n.lineage ? [n.lineage] : [])),
  );
  const detailNodes: IndicatorDetailNode[] = orderTree(nodes).map((node) => ({
    ...node,
    ruleDescription: node.rule ? describeRule(node.rule, node.maxPoints) : null,
    source: node.lineage ? (labels.get(node.lineage.sourceNodeId) ?? null) : null,
  }));
  return {
    set,
    nodes: detailNodes,
    problems: validateSet(set, nodes),
    editions: editions
      .filter((e) => e.id !== id)
      .map((e) => ({
        id: e.id,
        edition: e.edition,
        status: e.status as IndicatorSetDetail['set']['status'],
        publishedAt: iso(e.publishedAt),
      })),
  };
}
