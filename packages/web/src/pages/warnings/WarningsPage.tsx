import { ControlOutlined, RadarChartOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { queryKeys } from '../../api/keys.ts';
import { fetchWarningSummary, listWarnings } from '../../api/warnings.ts';
import { registryEditors } from '../../app/auth/registry-roles.ts';
import { holdsRole, useCurrentUser } from '../../app/auth/useMe.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ScanProgress } from './ScanProgress.tsx';
import { TransitionModal, type TransitionTarget } from './TransitionModal.tsx';
import { useWarningScan } from './useWarningScan.ts';
import { WarningFilters } from './WarningFilters.tsx';
import { WarningsSummary } from './WarningsSummary.tsx';
import { WarningsTable } from './WarningsTable.tsx';
import { paramsFromQuery, queryFromParams } from './warning-filters.ts';

/** 预警: the counts, the scan, and the list where officers verify, resolve or dismiss warnings. */
export function WarningsPage() {
  const t = useT();
  const errorText = useErrorText();
  const me = useCurrentUser();
  const canAct = holdsRole(me, registryEditors);
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const [target, setTarget] = useState<TransitionTarget | null>(null);
  const scan = useWarningScan();
  const navigate = useNavigate();

  const summary = useQuery({
    queryKey: queryKeys.warningSummary,
    queryFn: ({ signal }) => fetchWarningSummary(signal),
  });
  const list = useQuery({
    queryKey: queryKeys.warnings(query),
    queryFn: ({ signal }) => listWarnings(query, signal),
    placeholderData: keepPreviousData,
  });
  const setQuery = (next: typeof query) => setParams(paramsFromQuery(next));

  const last = summary.data?.lastScan;
  const subtitle = last?.finishedAt
    ? t('warnings.lastScan', {
        time: dayjs(last.finishedAt).format('YYYY-MM-DD HH:mm'),
        units: last.unitsScanned ?? 0,
        hits: last.hits ?? 0,
      })
    : t('warnings.neverScanned');

  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        subtitle={subtitle}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => {
                void summary.refetch();
                void list.refetch();
              }}
            />
            {canAct && (
              <Button icon={<ControlOutlined />} onClick={() => navigate('/warnings/settings')}>
                {t('nav.warningSettings')}
              </Button>
            )}
            {canAct && (
              <Button
                type="primary"
                icon={<RadarChartOutlined />}
                loading={scan.running}
                onClick={scan.start}
              >
                {t('warnings.scan')}
              </Button>
            )}
          </>
        }
      />
      {scan.runId && <ScanProgress run={scan.run} running={scan.running} onDismiss={scan.dismiss} />}
      {summary.error && (
        <Alert type="error" showIcon title={errorText(summary.error)} style={{ marginBottom: 16 }} />
      )}
      <WarningsSummary
        summary={summary.data}
        severity={query.severity}
        // The cards and the table count live warnings: a click lists those same warnings.
        onSeverity={(severity) => setQuery({ ...query, severity, status: 'live', page: 1 })}
        onPick={(regionId, code) => setQuery({ regionId, code, status: 'live', pageSize: query.pageSize })}
      />
      <Card title={t('warnings.listTitle')} style={{ marginTop: 16 }}>
        <div style={{ marginBottom: 16 }}>
          <WarningFilters value={query} onSearch={(f) => setQuery({ ...f, pageSize: query.pageSize })} />
        </div>
        {list.error && (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />
        )}
        <WarningsTable
          data={list.data}
          loading={list.isFetching}
          onPageChange={(page, pageSize) =>
            setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
          }
          onTransition={canAct ? (warning, to) => setTarget({ warning, to }) : undefined}
        />
      </Card>
      <TransitionModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
