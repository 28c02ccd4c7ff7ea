import { ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { IndicatorSetSummary } from '../../api/indicators.ts';
import { listIndicatorSets } from '../../api/indicators.ts';
import { queryKeys } from '../../api/keys.ts';
import { holdsRole, useCurrentUser } from '../../app/auth/useMe.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { indicatorEditors } from './indicator-roles.ts';
import { CreateSetModal } from './list/CreateSetModal.tsx';
import { DeriveSetModal } from './list/DeriveSetModal.tsx';
import { ImportSetModal } from './list/ImportSetModal.tsx';
import { SetFilters } from './list/SetFilters.tsx';
import { SetsTable } from './list/SetsTable.tsx';
import { paramsFromQuery, queryFromParams } from './list/set-filters.ts';
import { useNewEdition } from './useNewEdition.ts';

/**
 * 指标体系 (/indicators): the common set and the category sets, every edition. Officers create,
 * import, version and derive them; experts also see drafts; every other role the published ones.
 */
export function IndicatorSetsPage() {
  const t = useT();
  const errorText = useErrorText();
  const canEdit = holdsRole(useCurrentUser(), indicatorEditors);
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const setQuery = (next: typeof query) => setParams(paramsFromQuery(next));
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const [deriving, setDeriving] = useState<IndicatorSetSummary | null>(null);
  const newEdition = useNewEdition();

  const { data, isFetching, error, refetch } = useQuery({
    queryKey: queryKeys.indicatorSets(query),
    queryFn: ({ signal }) => listIndicatorSets(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        subtitle={t('indicators.subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => void refetch()}
            />
            {canEdit && (
              <Button icon={<ImportOutlined />} onClick={() => setDialog('import')}>
                {t('indicators.import')}
              </Button>
            )}
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                {t('indicators.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <SetFilters
            value={query}
            onSearch={(filters) => setQuery({ ...filters, pageSize: query.pageSize })}
          />
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <SetsTable
          data={data}
          loading={isFetching}
          canEdit={canEdit}
          onPageChange={(page, pageSize) =>
            setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
          }
          onNewEdition={(set) => newEdition.mutate(set.id)}
          onDerive={setDeriving}
          pendingId={newEdition.isPending ? (newEdition.variables ?? null) : null}
        />
      </Card>
      {canEdit && <CreateSetModal open={dialog === 'create'} onClose={() => setDialog(null)} />}
      {canEdit && <ImportSetModal open={dialog === 'import'} onClose={() => setDialog(null)} />}
      {canEdit && <DeriveSetModal source={deriving} onClose={() => setDeriving(null)} />}
    </>
  );
}
