import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { queryKeys } from '../../api/keys.ts';
import { type CorrectionStatus, listCorrections } from '../../api/registry.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CorrectionsTable } from './CorrectionsTable.tsx';
import { statusLabels } from './correction-labels.ts';
import { type Decision, DecisionModal } from './DecisionModal.tsx';

const filters = ['pending', 'accepted', 'rejected', 'all'] as const;
type Filter = (typeof filters)[number];

/** 更正申请: what units asked to have corrected; officers accept or reject with a note. */
export function CorrectionsPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const filter: Filter = filters.find((f) => f === params.get('status')) ?? 'pending';
  const status: CorrectionStatus | undefined = filter === 'all' ? undefined : filter;
  const [target, setTarget] = useState<Decision | null>(null);

  const { data, isFetching, error, refetch } = useQuery({
    queryKey: queryKeys.corrections(status),
    queryFn: ({ signal }) => listCorrections(status, signal),
  });
  // Pending requests oldest first (they have waited longest); decided ones newest first.
  const order = filter === 'pending' ? 1 : -1;
  const rows = data ? [...data].sort((a, b) => order * a.createdAt.localeCompare(b.createdAt)) : undefined;

  return (
    <>
      <PageHeader
        title={t('corrections.title')}
        subtitle={t('corrections.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} aria-label={t('common.refresh')} onClick={() => void refetch()} />
        }
      />
      <Card>
        <Segmented<Filter>
          value={filter}
          onChange={(value) => setParams(value === 'pending' ? {} : { status: value })}
          options={filters.map((f) => ({
            value: f,
            label: f === 'all' ? t('common.all') : t(statusLabels[f]),
          }))}
          style={{ marginBottom: 16 }}
        />
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <CorrectionsTable
          rows={rows}
          loading={isFetching}
          onDecide={filter === 'pending' || filter === 'all' ? setTarget : undefined}
        />
      </Card>
      <DecisionModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
