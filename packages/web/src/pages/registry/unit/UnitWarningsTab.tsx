import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Typography } from 'antd';
import { useState } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { listWarnings } from '../../../api/warnings.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { TransitionModal, type TransitionTarget } from '../../warnings/TransitionModal.tsx';
import { WarningsTable } from '../../warnings/WarningsTable.tsx';

type Props = { unitId: string; canAct: boolean };

/** 预警: every warning of the unit, live or closed, with its history; officers move them along. */
export function UnitWarningsTab({ unitId, canAct }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [target, setTarget] = useState<TransitionTarget | null>(null);
  const query = { unitId, ...paging };
  const { data, isFetching, error } = useQuery({
    queryKey: queryKeys.warnings(query),
    queryFn: ({ signal }) => listWarnings(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title={t('registry.tab.warnings')}
      extra={<Typography.Text type="secondary">{t('registry.warningsHint')}</Typography.Text>}
    >
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
      <WarningsTable
        data={data}
        loading={isFetching}
        showUnit={false}
        onPageChange={(page, pageSize) =>
          setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
        }
        onTransition={canAct ? (warning, to) => setTarget({ warning, to }) : undefined}
      />
      <TransitionModal target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}
