import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { listCampaigns } from '../../api/campaigns.ts';
import { queryKeys } from '../../api/keys.ts';
import { holdsRole, useCurrentUser } from '../../app/auth/useMe.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { campaignEditors } from './campaign-roles.ts';
import { CampaignFilters } from './list/CampaignFilters.tsx';
import { CampaignsTable } from './list/CampaignsTable.tsx';
import { CreateCampaignModal } from './list/CreateCampaignModal.tsx';
import { paramsFromQuery, queryFromParams } from './list/campaign-filters.ts';

/** 评估项目 (/campaigns): every campaign the user may see; officers start new ones here. */
export function CampaignsPage() {
  const t = useT();
  const errorText = useErrorText();
  const canEdit = holdsRole(useCurrentUser(), campaignEditors);
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const setQuery = (next: typeof query) => setParams(paramsFromQuery(next));
  const [creating, setCreating] = useState(false);

  const { data, isFetching, error, refetch } = useQuery({
    queryKey: queryKeys.campaigns(query),
    queryFn: ({ signal }) => listCampaigns(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        subtitle={t('campaigns.subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => void refetch()}
            />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('campaigns.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <CampaignFilters
            value={query}
            onSearch={(filters) => setQuery({ ...filters, pageSize: query.pageSize })}
          />
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <CampaignsTable
          data={data}
          loading={isFetching}
          onPageChange={(page, pageSize) =>
            setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
          }
        />
      </Card>
      {canEdit && <CreateCampaignModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
