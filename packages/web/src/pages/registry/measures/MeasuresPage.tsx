import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { queryKeys } from '../../../api/keys.ts';
import { deleteWorkloadMeasure, type WorkloadMeasure } from '../../../api/registry.ts';
import { registryEditors } from '../../../app/auth/registry-roles.ts';
import { holdsRole, useCurrentUser } from '../../../app/auth/useMe.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { MeasureFormModal } from './MeasureFormModal.tsx';
import { MeasuresTable } from './MeasuresTable.tsx';
import { useWorkloadMeasures } from './useWorkloadMeasures.ts';

/**
 * 工作量指标 (/registry/measures): the workload measures of each category. Officers and
 * administrators define them; every registry reader sees them.
 */
export function MeasuresPage() {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canEdit = holdsRole(useCurrentUser(), registryEditors);
  const [params, setParams] = useSearchParams();
  const category = unitCategories.codes.find((c) => c === params.get('category'));
  const [target, setTarget] = useState<WorkloadMeasure | null | undefined>(undefined);
  const { data, isFetching, error, refetch } = useWorkloadMeasures();
  const remove = useMutation({
    mutationFn: (m: WorkloadMeasure) => deleteWorkloadMeasure(m.id, m.version),
    onSuccess: (_ok, m) => void message.success(t('measures.deleted', { name: m.name })),
    onError: (err) => void message.error(errorText(err)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.workloadMeasures }),
  });
  // A category shows its own measures and those of every category: what its units report.
  const rows = category ? data?.filter((m) => m.category === category || m.category === null) : data;

  return (
    <>
      <PageHeader
        title={t('measures.title')}
        subtitle={t('measures.subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => void refetch()}
            />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget(null)}>
                {t('measures.add')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Select<UnitCategory>
          allowClear
          value={category}
          onChange={(value) => setParams(value ? { category: value } : {})}
          options={vocabularyOptions(unitCategories, label)}
          placeholder={t('measures.filter')}
          aria-label={t('measures.filter')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220, marginBottom: 16 }}
        />
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <MeasuresTable
          rows={rows}
          loading={isFetching || remove.isPending}
          {...(canEdit ? { onEdit: setTarget, onDelete: (m: WorkloadMeasure) => remove.mutate(m) } : {})}
        />
      </Card>
      {canEdit && (
        <MeasureFormModal target={target} defaultCategory={category} onClose={() => setTarget(undefined)} />
      )}
    </>
  );
}
