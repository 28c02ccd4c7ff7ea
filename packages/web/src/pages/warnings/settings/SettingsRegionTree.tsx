import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Flex, Skeleton, Tag, Tree, type TreeDataNode } from 'antd';
import { useEffect, useMemo } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { listRegionSettings } from '../../../api/warnings.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { nestByParent } from '../../../components/nest-by-parent.ts';

type Props = { value: string | undefined; onChange: (regionId: string) => void };

type Node = TreeDataNode & { children: Node[] };

/**
 * The regions the user may set, nested, each marked with how many thresholds it sets itself.
 * With nothing chosen yet, the first region (the top of the user's scope) is chosen.
 */
export function SettingsRegionTree({ value, onChange }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.warningSettingsRegions,
    queryFn: ({ signal }) => listRegionSettings(signal),
  });

  const treeData = useMemo(
    () =>
      nestByParent<NonNullable<typeof data>[number], Node>(data ?? [], (region) => ({
        key: region.id,
        title: (
          <Flex justify="space-between" align="center" gap={8}>
            <span>{region.name}</span>
            {region.ownFields > 0 && (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t('warnings.settings.ownCount', { count: region.ownFields })}
              </Tag>
            )}
          </Flex>
        ),
        children: [],
      })),
    [data, t],
  );

  const first = treeData[0]?.key;
  useEffect(() => {
    if (!value && first) onChange(String(first));
  }, [value, first, onChange]);

  if (isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!treeData.length) return <Empty description={t('warnings.settings.noRegions')} />;
  return (
    <Tree
      blockNode
      defaultExpandAll
      aria-label={t('warnings.settings.regions')}
      treeData={treeData}
      selectedKeys={value ? [value] : []}
      // Picking the chosen region again keeps it chosen: a form always shows one region.
      onSelect={(keys) => keys[0] !== undefined && onChange(String(keys[0]))}
    />
  );
}
