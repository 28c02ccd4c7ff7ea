import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Flex, Skeleton, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import { queryKeys } from '../../api/keys.ts';
import { fetchRegistryTree } from '../../api/registry.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { buildRegionTree, type RegionNode } from './region-tree.ts';

type Props = { value: string | undefined; onChange: (regionId: string | undefined) => void };

/** Regions with their unit counts and a red badge of live warnings; picking one filters the list. */
export function RegionTree({ value, onChange }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.registryTree,
    queryFn: ({ signal }) => fetchRegistryTree(signal),
  });

  const treeData = useMemo(() => {
    const toData = (node: RegionNode): TreeDataNode => ({
      key: node.region.id,
      title: (
        <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
          <span>{node.region.name}</span>
          <Flex align="center" gap={6}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('registry.tree.units', { count: node.units })}
            </Typography.Text>
            {node.liveWarnings > 0 && (
              <Badge
                count={node.liveWarnings}
                overflowCount={999}
                size="small"
                title={t('registry.tree.warnings', { count: node.liveWarnings })}
              />
            )}
          </Flex>
        </Flex>
      ),
      children: node.children.map(toData),
    });
    return buildRegionTree(data ?? []).map(toData);
  }, [data, t]);

  if (isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  return (
    <Tree
      blockNode
      defaultExpandAll
      aria-label={t('registry.tree.title')}
      treeData={treeData}
      selectedKeys={value ? [value] : []}
      // Clicking the chosen region again shows every region again.
      onSelect={(keys) => onChange(keys[0] === undefined ? undefined : String(keys[0]))}
    />
  );
}
