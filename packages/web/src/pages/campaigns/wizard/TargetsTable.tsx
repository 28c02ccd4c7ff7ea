import { DeleteOutlined } from '@ant-design/icons';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type CampaignTargetRow,
  listCampaignTargets,
  removeCampaignTarget,
  setCampaignTargetSets,
} from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { serverPagination } from '../../../components/server-pagination.ts';
import { selfAssessmentPath } from '../self-assessment/self-path.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import { usePublishedSets, useSetNames } from '../usePublishedSets.ts';
import type { StepProps } from './PlanWizard.tsx';
import { SetTags } from './SetTags.tsx';

/**
 * The chosen targets with their sets (automatic or adjusted) and team; while a draft, each
 * target's sets can be overridden with published sets, or the target removed.
 */
export function TargetsTable({ detail, editable }: StepProps) {
  const t = useT();
  const label = useLabel();
  const { campaign } = detail;
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, isFetching } = useQuery({
    queryKey: queryKeys.campaignTargets(campaign.id, paging),
    queryFn: ({ signal }) => listCampaignTargets(campaign.id, paging, signal),
    placeholderData: keepPreviousData,
  });
  const { sets } = usePublishedSets();
  const nameOf = useSetNames(campaign.frozenSets);
  const edit = useCampaignEdit(campaign.id);
  const setOptions = sets.map((s) => ({ value: s.id, label: nameOf(s.id) }));

  return (
    <div>
      <Typography.Title level={5}>
        {t('campaigns.targets.current', { count: campaign.targetCount })}
      </Typography.Title>
      <Table<CampaignTargetRow>
        rowKey="unitId"
        size="middle"
        loading={isFetching}
        dataSource={data?.items}
        locale={{ emptyText: t('campaigns.targets.empty') }}
        pagination={serverPagination(
          data,
          (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
          t,
        )}
        columns={[
          { title: t('campaigns.targets.unit'), dataIndex: 'unitName', minWidth: 200 },
          {
            title: t('campaigns.targets.category'),
            dataIndex: 'category',
            width: 130,
            render: (c: CampaignTargetRow['category']) => label(unitCategories.labels[c]),
          },
          {
            title: t('campaigns.targets.sets'),
            key: 'sets',
            render: (_, row) =>
              editable ? (
                <Space wrap>
                  <Select
                    mode="multiple"
                    size="small"
                    aria-label={t('campaigns.targets.override')}
                    style={{ minWidth: 260 }}
                    value={row.setIds}
                    options={setOptions}
                    onChange={(setIds: string[]) =>
                      setIds.length > 0 &&
                      edit.mutate((version) =>
                        setCampaignTargetSets(campaign.id, row.unitId, { version, setIds }),
                      )
                    }
                  />
                  {row.origin === 'override' && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() =>
                        edit.mutate((version) =>
                          setCampaignTargetSets(campaign.id, row.unitId, { version, setIds: null }),
                        )
                      }
                    >
                      {t('campaigns.targets.resetSets')}
                    </Button>
                  )}
                </Space>
              ) : (
                <SetTags setIds={row.setIds} missingCategorySet={row.missingCategorySet} nameOf={nameOf} />
              ),
          },
          {
            title: t('campaigns.targets.team'),
            dataIndex: 'teamNo',
            width: 90,
            render: (no: number | null) => (no ? t('campaigns.targets.teamNo', { no }) : '—'),
          },
          // After launch the office opens each target's self-assessment from here.
          ...(campaign.status !== 'draft'
            ? [
                {
                  title: t('common.actions'),
                  key: 'self',
                  width: 110,
                  render: (_: unknown, row: CampaignTargetRow) => (
                    <Link to={selfAssessmentPath(campaign.id, row.unitId)}>
                      {t('campaigns.self.viewSelf')}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, row: CampaignTargetRow) => (
                    <Popconfirm
                      title={t('campaigns.targets.removeConfirm', { name: row.unitName })}
                      onConfirm={() =>
                        edit.mutate((version) => removeCampaignTarget(campaign.id, row.unitId, version))
                      }
                    >
                      <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                        {t('campaigns.targets.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
