import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { listAudit } from '../../api/audit.ts';
import { queryKeys } from '../../api/keys.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { auditParamsFromQuery, auditQueryFromParams } from './audit-filters.ts';
import { useVerifyChain, VerifyChainButton, VerifyChainResult } from './VerifyChain.tsx';

/** 审计日志: who did what when, with before and after, and the chain check. */
export function AuditPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => auditQueryFromParams(params), [params]);
  const verify = useVerifyChain();

  const { data, isFetching, error, refetch } = useQuery({
    queryKey: queryKeys.audit(query),
    queryFn: ({ signal }) => listAudit(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void refetch()}
              aria-label={t('common.refresh')}
            />
            <VerifyChainButton verify={verify} />
          </>
        }
      />
      {(verify.data || verify.error) && (
        <div style={{ marginBottom: 16 }}>
          <VerifyChainResult verify={verify} />
        </div>
      )}
      <Card>
        <div style={{ marginBottom: 16 }}>
          <AuditFilters
            value={query}
            onSearch={(filters) => setParams(auditParamsFromQuery({ ...filters, pageSize: query.pageSize }))}
          />
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <AuditTable
          data={data}
          loading={isFetching}
          onPageChange={(page, pageSize) =>
            setParams(
              auditParamsFromQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }),
            )
          }
        />
      </Card>
    </>
  );
}
