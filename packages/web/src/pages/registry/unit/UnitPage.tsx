import { ArrowLeftOutlined, FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Result, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { getUnit } from '../../../api/registry.ts';
import { registryEditors, registryReaders } from '../../../app/auth/registry-roles.ts';
import { holdsRole, useCurrentUser } from '../../../app/auth/useMe.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { CorrectionModal } from './CorrectionModal.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { InternalBodiesTab } from './InternalBodiesTab.tsx';
import { LeaderPostsTab } from './LeaderPostsTab.tsx';
import { MandateTab } from './MandateTab.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { PeersTab } from './PeersTab.tsx';
import { StaffingTab } from './StaffingTab.tsx';
import { StaffTab } from './StaffTab.tsx';
import { UnitTitleTags } from './UnitTitleTags.tsx';
import { UnitWarningsTab } from './UnitWarningsTab.tsx';
import { tabFromParam, type UnitTab } from './unit-tabs.ts';
import { WorkloadTab } from './WorkloadTab.tsx';

/**
 * The page of one unit (/registry/units/:id), tab in the address bar. Officers edit it; the
 * unit's own liaison reads it and files correction requests instead.
 */
export function UnitPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = tabFromParam(params.get('tab'));
  const [correcting, setCorrecting] = useState(false);
  const canEdit = holdsRole(me, registryEditors);
  const readsList = holdsRole(me, registryReaders);
  const isLiaison = me.roles.some((r) => r.role === 'unit' && r.scopeId === id);

  const {
    data: detail,
    error,
    isPending,
    refetch,
    isFetching,
  } = useQuery({
    queryKey: queryKeys.unit(id),
    queryFn: ({ signal }) => getUnit(id, signal),
  });

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (error) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={<Button onClick={() => navigate('/registry')}>{t('registry.backToList')}</Button>}
      />
    );
  }

  const items: { key: UnitTab; label: React.ReactNode; children: React.ReactNode }[] = [
    {
      key: 'overview',
      label: t('registry.tab.overview'),
      children: <OverviewTab detail={detail} canEdit={canEdit} isLiaison={isLiaison} />,
    },
    {
      key: 'staffing',
      label: t('registry.tab.staffing'),
      children: <StaffingTab detail={detail} canEdit={canEdit} />,
    },
    {
      key: 'staff',
      label: t('registry.tab.staff'),
      children: <StaffTab detail={detail} canEdit={canEdit} />,
    },
    {
      key: 'leaders',
      label: t('registry.tab.leaders'),
      children: <LeaderPostsTab detail={detail} canEdit={canEdit} />,
    },
    { key: 'bodies', label: t('registry.tab.bodies'), children: <InternalBodiesTab detail={detail} /> },
    { key: 'mandate', label: t('registry.tab.mandate'), children: <MandateTab detail={detail} /> },
    { key: 'history', label: t('registry.tab.history'), children: <HistoryTab detail={detail} /> },
    {
      key: 'workload',
      label: t('registry.tab.workload'),
      children: <WorkloadTab detail={detail} canEdit={canEdit} />,
    },
    { key: 'peers', label: t('peers.tab'), children: <PeersTab unitId={id} /> },
    {
      key: 'warnings',
      label: (
        <Badge count={detail.unit.liveWarnings} size="small" offset={[8, -2]}>
          {t('registry.tab.warnings')}
        </Badge>
      ),
      children: <UnitWarningsTab unitId={id} canAct={canEdit} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={detail.unit.name}
        subtitle={<UnitTitleTags unit={detail.unit} />}
        extra={
          <>
            {readsList && (
              <Button
                icon={<ArrowLeftOutlined />}
                onClick={() => (location.key === 'default' ? navigate('/registry') : navigate(-1))}
              >
                {t('registry.back')}
              </Button>
            )}
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              loading={isFetching}
              onClick={() => void refetch()}
            />
            {isLiaison && (
              <Button type="primary" icon={<FormOutlined />} onClick={() => setCorrecting(true)}>
                {t('corrections.file')}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={items}
        destroyOnHidden={false}
      />
      {isLiaison && <CorrectionModal unitId={id} open={correcting} onClose={() => setCorrecting(false)} />}
    </>
  );
}
