import { AutoComplete, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { AuditListQuery } from '../../api/audit.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { actionGroups, actionLabels, entityTypeLabels } from './audit-labels.ts';

type Values = {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

type Filters = Omit<AuditListQuery, 'page' | 'pageSize'>;

const toValues = (q: Filters): Values => ({
  actor: q.actor,
  action: q.action,
  entityType: q.entityType,
  entityId: q.entityId,
  range: q.from || q.to ? [q.from ? dayjs(q.from) : null, q.to ? dayjs(q.to) : null] : null,
});

export function AuditFilters({ value, onSearch }: { value: Filters; onSearch: (filters: Filters) => void }) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  const actionOptions = [
    ...Object.entries(actionGroups).map(([code, text]) => ({
      value: code,
      label: `${code}  ${label(text)}`,
    })),
    ...Object.entries(actionLabels).map(([code, text]) => ({
      value: code,
      label: `${code}  ${label(text)}`,
    })),
  ];
  const entityOptions = Object.entries(entityTypeLabels).map(([code, text]) => ({
    value: code,
    label: `${code}  ${label(text)}`,
  }));
  const now = dayjs();

  return (
    <Form<Values>
      form={form}
      name="audit-filters"
      layout="inline"
      style={{ rowGap: 12 }}
      onFinish={(v) =>
        onSearch({
          actor: v.actor?.trim() || undefined,
          action: v.action?.trim() || undefined,
          entityType: v.entityType?.trim() || undefined,
          entityId: v.entityId?.trim() || undefined,
          // ISO 8601 with the browser's offset, as the API expects.
          from: v.range?.[0]?.format() ?? undefined,
          to: v.range?.[1]?.format() ?? undefined,
        })
      }
    >
      <Form.Item label={t('audit.actor')} name="actor">
        <Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label={t('audit.action')} name="action">
        <AutoComplete
          allowClear
          options={actionOptions}
          placeholder={t('audit.actionPlaceholder')}
          style={{ width: 220 }}
          showSearch={{
            filterOption: (input, option) =>
              String(option?.label ?? '')
                .toLowerCase()
                .includes(input.toLowerCase()),
          }}
        />
      </Form.Item>
      <Form.Item label={t('audit.entityType')} name="entityType">
        <AutoComplete allowClear options={entityOptions} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item label={t('audit.entityId')} name="entityId">
        <Input allowClear style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('audit.timeRange')} name="range">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          presets={[
            { label: t('audit.today'), value: [now.startOf('day'), now.endOf('day')] },
            { label: t('audit.last7Days'), value: [now.subtract(7, 'day').startOf('day'), now.endOf('day')] },
            {
              label: t('audit.last30Days'),
              value: [now.subtract(30, 'day').startOf('day'), now.endOf('day')],
            },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
