import { warningCodes, warningSeverities } from '@bianping/core/warnings';
import { warningStatuses, warningStatusLabels } from '@bianping/core/warnings/workflow';
import { Form, Select } from 'antd';
import { useEffect } from 'react';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { FilterActions } from '../../components/FilterActions.tsx';
import { RegionTreeSelect } from '../../components/RegionTreeSelect.tsx';
import { useWarningRules } from './useWarningRules.ts';
import type { WarningFilterValues } from './warning-filters.ts';

type Props = { value: WarningFilterValues; onSearch: (values: WarningFilterValues) => void };

/** 规则, 等级, 状态 and 地区 of the warnings list. */
export function WarningFilters({ value, onSearch }: Props) {
  const t = useT();
  const label = useLabel();
  const { byCode } = useWarningRules();
  const [form] = Form.useForm<WarningFilterValues>();
  useEffect(() => {
    form.setFieldsValue({
      code: value.code,
      severity: value.severity,
      status: value.status,
      regionId: value.regionId,
    });
  }, [form, value.code, value.severity, value.status, value.regionId]);

  return (
    <Form<WarningFilterValues>
      form={form}
      name="warning-filters"
      layout="inline"
      onFinish={(v) =>
        onSearch({ code: v.code, severity: v.severity, status: v.status, regionId: v.regionId ?? undefined })
      }
      style={{ rowGap: 12 }}
    >
      <Form.Item label={t('warnings.col.rule')} name="code">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.all')}
          style={{ width: 220 }}
          options={warningCodes.map((code) => {
            const rule = byCode.get(code);
            return { value: code, label: rule ? `${code} ${label(rule.name)}` : code };
          })}
        />
      </Form.Item>
      <Form.Item label={t('warnings.col.severity')} name="severity">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 110 }}
          options={warningSeverities.codes.map((s) => ({
            value: s,
            label: label(warningSeverities.labels[s]),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('warnings.col.status')} name="status">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 200 }}
          options={[
            { value: 'live', label: t('warnings.status.live') },
            ...warningStatuses.map((s) => ({ value: s, label: label(warningStatusLabels[s]) })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t('warnings.col.region')} name="regionId" style={{ minWidth: 240 }}>
        <RegionTreeSelect />
      </Form.Item>
      <FilterActions
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
      />
    </Form>
  );
}
