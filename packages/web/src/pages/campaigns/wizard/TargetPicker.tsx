import type { TargetFilters } from '@bianping/core/campaigns/target-sets';
import { unitCategories, unitKinds } from '@bianping/core/registry/vocabulary';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { addCampaignTargets, previewCampaignTargets, type TargetsPreview } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { listRegions } from '../../../api/regions.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect.tsx';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import { useSetNames } from '../usePublishedSets.ts';
import { regionWithDescendants } from './region-descendants.ts';
import { SetTags } from './SetTags.tsx';

type Values = { kinds?: TargetFilters['kinds']; categories?: TargetFilters['categories']; regionId?: string };

/**
 * 按条件选取: filters by kind, category and region, a preview of the matching units with their
 * automatic sets, then 加入评估对象. Units already chosen stay as they are.
 */
export function TargetPicker({ campaignId }: { campaignId: string }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<TargetFilters | null>(null);
  const { data: regions } = useQuery({
    queryKey: queryKeys.regions,
    queryFn: ({ signal }) => listRegions(signal),
    staleTime: 10 * 60_000,
  });
  const preview = useMutation({
    mutationFn: (f: TargetFilters) => previewCampaignTargets(campaignId, { filters: f }),
  });
  const add = useCampaignEdit(campaignId);
  const nameOf = useSetNames();

  const toFilters = (v: Values): TargetFilters => ({
    kinds: v.kinds?.length ? v.kinds : undefined,
    categories: v.categories?.length ? v.categories : undefined,
    regionIds: v.regionId ? regionWithDescendants(regions ?? [], v.regionId) : undefined,
  });
  const result: TargetsPreview | undefined = preview.data;
  const fresh = result?.items.filter((c) => !c.alreadyTarget).length ?? 0;

  return (
    <div>
      <Typography.Title level={5}>{t('campaigns.targets.filters')}</Typography.Title>
      <Form<Values>
        name="campaign-target-filters"
        layout="inline"
        style={{ rowGap: 12, marginBottom: 12 }}
        onFinish={(v) => {
          const f = toFilters(v);
          setFilters(f);
          preview.mutate(f);
        }}
      >
        <Form.Item name="kinds" label={t('campaigns.targets.kinds')}>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 180 }}
            options={vocabularyOptions(unitKinds, label)}
          />
        </Form.Item>
        <Form.Item name="categories" label={t('campaigns.targets.categories')}>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 200 }}
            options={vocabularyOptions(unitCategories, label)}
          />
        </Form.Item>
        <Form.Item name="regionId" label={t('campaigns.targets.regions')} style={{ minWidth: 240 }}>
          <RegionTreeSelect />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={preview.isPending}>
            {t('campaigns.targets.preview')}
          </Button>
        </Form.Item>
      </Form>
      {preview.error && <Alert type="error" showIcon title={errorText(preview.error)} />}
      {result && filters && (
        <>
          <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Space>
              <Typography.Text strong>
                {t('campaigns.targets.previewCount', { count: result.total })}
              </Typography.Text>
            </Space>
            <Button
              type="primary"
              disabled={fresh === 0}
              loading={add.isPending}
              onClick={() =>
                add.mutate((version) => addCampaignTargets(campaignId, { version, filters }), {
                  onSuccess: () => preview.reset(),
                })
              }
            >
              {t('campaigns.targets.add')}
            </Button>
          </Flex>
          <Table
            rowKey="unitId"
            size="small"
            dataSource={result.items}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { title: t('campaigns.targets.unit'), dataIndex: 'unitName' },
              {
                title: t('campaigns.targets.category'),
                dataIndex: 'category',
                width: 140,
                render: (c: keyof typeof unitCategories.labels) => label(unitCategories.labels[c]),
              },
              {
                title: t('campaigns.targets.sets'),
                key: 'sets',
                render: (_, c) => (
                  <SetTags setIds={c.setIds} missingCategorySet={c.missingCategorySet} nameOf={nameOf} />
                ),
              },
              {
                title: '',
                key: 'already',
                width: 100,
                render: (_, c) => (c.alreadyTarget ? <Tag>{t('campaigns.targets.already')}</Tag> : null),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
