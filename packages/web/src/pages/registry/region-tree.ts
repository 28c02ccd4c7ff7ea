import type { RegistryTree } from '../../api/registry.ts';

type Region = RegistryTree[number];

export type RegionNode = {
  region: Region;
  /** Units in the region and every region below it. */
  units: number;
  /** Live warnings of those units. */
  liveWarnings: number;
  children: RegionNode[];
};

/**
 * The flat list nested province → city → county, with each region's figures summed over its
 * subtree: the list on the right shows a region's whole subtree, so its count must too.
 */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  for (const region of regions) {
    nodes.set(region.id, { region, units: region.units, liveWarnings: region.liveWarnings, children: [] });
  }
  const roots: RegionNode[] = [];
  for (const region of regions) {
    const node = nodes.get(region.id) as RegionNode;
    const parent = region.parentId ? nodes.get(region.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sum = (node: RegionNode): RegionNode => {
    for (const child of node.children) {
      sum(child);
      node.units += child.units;
      node.liveWarnings += child.liveWarnings;
    }
    node.children.sort((a, b) => a.region.code.localeCompare(b.region.code));
    return node;
  };
  return roots.map(sum).sort((a, b) => a.region.code.localeCompare(b.region.code));
}
