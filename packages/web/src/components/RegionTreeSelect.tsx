import type { Region } from '@bianping/core/regions';
import { regionLevels } from '@bianping/core/registry/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { queryKeys } from '../api/keys.ts';
import { listRegions } from '../api/regions.ts';
import { useLabel, useT } from '../app/i18n/LocaleContext.ts';

type TreeNode = { value: string; title: string; children: TreeNode[] };

/** Regions arrive flat with parent ids; the picker wants them nested province → city → county. */
function toTree(regions: readonly Region[], levelName: (r: Region) => string): TreeNode[] {
  const nodes = new Map<string, TreeNode>();
  for (const r of regions)
    nodes.set(r.id, { value: r.id, title: `${r.name} · ${levelName(r)}`, children: [] });
  const roots: TreeNode[] = [];
  for (const r of regions) {
    const node = nodes.get(r.id) as TreeNode;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  disabled?: boolean;
};

/** Picks a region; a role scoped to it also reaches every region below. */
export function RegionTreeSelect({ id, value, onChange, disabled }: Props) {
  const t = useT();
  const label = useLabel();
  const { data, isPending } = useQuery({
    queryKey: queryKeys.regions,
    queryFn: ({ signal }) => listRegions(signal),
    staleTime: 10 * 60_000,
  });
  const treeData = useMemo(
    () => toTree(data ?? [], (r) => label(regionLevels.labels[r.level])),
    [data, label],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      disabled={disabled}
      loading={isPending}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      placeholder={t('roles.regionPlaceholder')}
      notFoundContent={t('roles.noRegions')}
      style={{ width: '100%' }}
    />
  );
}
