import type { UnitDetail } from '@bianping/core/registry';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, InputNumber, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { setYearWorkload } from '../../../api/registry.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useCategoryMeasures } from '../measures/useWorkloadMeasures.ts';
import { useMeasureName } from './useMeasureName.ts';
import { useUnitEdit } from './useUnitEdit.ts';
import { BUDGET } from './workload-series.ts';

type Props = {
  detail: UnitDetail;
  open: boolean;
  onClose: () => void;
};
type Row = { measure: string; unitLabel: string | null; defined: boolean; stored: number | null };
type Values = { values: (number | null)[] };

/** The latest year with figures, or last year: the year an officer most often fills in. */
const defaultYear = (detail: UnitDetail) =>
  Math.max(0, ...detail.workload.map((w) => w.year)) || new Date().getFullYear() - 1;

/**
 * 录入工作量: one row per measure of the unit's category plus the budget, for one year. Only
 * changed figures are sent, so a figure under a measure no longer defined is left alone unless
 * the officer clears it; an emptied figure is deleted.
 */
export function WorkloadEntryModal({ detail, open, onClose }: Props) {
  const t = useT();
  const measureName = useMeasureName();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [year, setYear] = useState(() => defaultYear(detail));
  const { measures, isPending: loadingMeasures } = useCategoryMeasures(detail.unit.category);
  const mutation = useUnitEdit(detail.unit.id, setYearWorkload);

  const rows = useMemo<Row[]>(() => {
    const stored = new Map(detail.workload.filter((w) => w.year === year).map((w) => [w.measure, w.value]));
    const defined: Row[] = measures.map((m) => ({
      measure: m.name,
      unitLabel: m.unitLabel,
      defined: true,
      stored: stored.get(m.name) ?? null,
    }));
    const known = new Set([...measures.map((m) => m.name), BUDGET]);
    const leftovers: Row[] = [...stored]
      .filter(([name]) => !known.has(name))
      .map(([measure, value]) => ({ measure, unitLabel: null, defined: false, stored: value }));
    const budget: Row = {
      measure: BUDGET,
      unitLabel: null,
      defined: true,
      stored: stored.get(BUDGET) ?? null,
    };
    return [...defined, ...leftovers, budget];
  }, [detail.workload, measures, year]);

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = ({ values }: Values) => {
    const changed = rows.flatMap((r, i) => {
      const value = values[i] ?? null;
      return value === r.stored ? [] : [{ measure: r.measure, value }];
    });
    if (changed.length === 0) {
      void message.info(t('workload.nothingChanged'));
      close();
      return;
    }
    mutation.mutate(
      { year, version: detail.unit.version, values: changed },
      {
        onSuccess: () => {
          void message.success(t('workload.saved', { year }));
          void queryClient.invalidateQueries({ queryKey: [...queryKeys.unit(detail.unit.id), 'peers'] });
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'E_STALE_VERSION')) close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('workload.enterTitle', { year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      okButtonProps={{ disabled: loadingMeasures }}
      destroyOnHidden
    >
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('workload.year')}</Typography.Text>
        <InputNumber
          aria-label={t('workload.year')}
          min={1949}
          max={2100}
          precision={0}
          value={year}
          onChange={(value) => value && setYear(value)}
        />
      </Space>
      <Typography.Paragraph type="secondary">{t('workload.hint')}</Typography.Paragraph>
      {!loadingMeasures && measures.length === 0 && (
        <Alert type="info" showIcon title={t('workload.noDefinitions')} style={{ marginBottom: 16 }} />
      )}
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      {/* Remounted per year (and once the definitions arrive) so it starts from the stored figures. */}
      <Form<Values>
        key={`${year}|${rows.length}`}
        form={form}
        name="workload-year"
        layout="horizontal"
        labelCol={{ span: 10 }}
        initialValues={{ values: rows.map((r) => r.stored) }}
        onFinish={submit}
      >
        {rows.map((row, i) => (
          <Form.Item
            key={`${year}-${row.measure}`}
            name={['values', i]}
            label={
              row.defined ? (
                measureName(row.measure)
              ) : (
                <Tooltip title={t('workload.undefinedHint')}>
                  {row.measure} <Tag color="warning">{t('workload.undefined')}</Tag>
                </Tooltip>
              )
            }
          >
            <InputNumber min={0} max={1e12} style={{ width: 200 }} suffix={row.unitLabel ?? undefined} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
