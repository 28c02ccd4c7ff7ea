import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { findingCategories, findingSeverities, supervisionItems } from '@bianping/core/campaigns/vocabulary';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  createSlip,
  listSlipInspectors,
  listSlipUnits,
  type SlipDetail,
  type SlipInput,
  slipKeys,
  updateSlip,
} from '../../api/supervision.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../components/form-errors.ts';
import { useDebounced } from '../../components/useDebounced.ts';
import { vocabularyOptions } from '../../components/vocabulary-options.ts';
import { SlipAttachments } from './SlipAttachments.tsx';
import { useSlipText } from './supervision-text.ts';

type Props = { open: boolean; onClose: () => void; detail?: SlipDetail };
type Values = Omit<SlipInput, 'inspectedOn'> & { inspectedOn: Dayjs };

const emptyItem = { item: undefined, facts: '', basis: '', cases: 0, indicatorCode: null };

/**
 * The drawer form of a draft slip: unit, date, place, inspectors, the items checked (dynamic
 * rows), findings, suggestion and — once saved — attachments. A new slip opens on its page, where
 * it is sent.
 */
export function SlipFormDrawer({ open, onClose, detail }: Props) {
  const t = useT();
  const st = useSlipText();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [unitSearch, setUnitSearch] = useState('');
  const q = useDebounced(unitSearch.trim(), 300);
  const units = useQuery({
    queryKey: slipKeys.units(q),
    queryFn: ({ signal }) => listSlipUnits(q, signal),
    enabled: open,
  });
  const inspectors = useQuery({
    queryKey: slipKeys.inspectors,
    queryFn: ({ signal }) => listSlipInspectors(signal),
    enabled: open,
  });

  // Filled once per opening: a later change of the slip (an upload) must not wipe what is typed.
  const detailRef = useRef(detail);
  detailRef.current = detail;
  useEffect(() => {
    if (!open) return;
    const slip = detailRef.current?.slip;
    form.resetFields();
    form.setFieldsValue(
      slip
        ? { ...slip, inspectedOn: dayjs(slip.inspectedOn) }
        : ({ items: [emptyItem], findings: [], inspectorIds: [] } as unknown as Values),
    );
  }, [open, form]);

  const unitOptions = [
    ...(detail && !units.data?.some((u) => u.id === detail.slip.unitId)
      ? [{ value: detail.slip.unitId, label: detail.unitName }]
      : []),
    ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];

  const save = async (values: Values) => {
    const input = {
      ...values,
      inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
      findings: values.findings ?? [],
      attachmentFileIds: detail?.slip.attachmentFileIds ?? [],
    } as SlipInput;
    setSaving(true);
    try {
      const saved = detail
        ? await updateSlip(detail.slip.id, { ...input, version: detail.slip.version })
        : await createSlip(input);
      queryClient.setQueryData(slipKeys.one(saved.slip.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...slipKeys.all, 'list'] });
      void message.success(st('saved'));
      onClose();
      if (!detail) void navigate(`/supervision/${saved.slip.id}`);
    } catch (err) {
      const text = errorText(err);
      if (!showErrorOnField(form, err, text)) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => [{ required: true, message: st('required', { field }) }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={760}
      title={detail ? `${st('edit')} ${detail.slip.slipNo}` : st('create')}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {st('saveDraft')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} aria-label={st('create')}>
        <Flex gap={16} wrap>
          <Form.Item
            name="unitId"
            label={st('unit')}
            rules={required(st('unit'))}
            style={{ flex: '1 1 260px' }}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setUnitSearch}
              loading={units.isFetching}
              options={unitOptions}
            />
          </Form.Item>
          <Form.Item name="inspectedOn" label={st('inspectedOn')} rules={required(st('inspectedOn'))}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={st('place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="inspectorIds" label={st('inspectors')} rules={required(st('inspectors'))}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={inspectors.isFetching}
            options={(inspectors.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.displayName}（${p.username}）`,
            }))}
          />
        </Form.Item>
        <Typography.Title level={5}>{st('items')}</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={`${st('item')} ${i + 1}`}
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={st('remove')}
                        onClick={() => remove(field.name)}
                      />
                    )
                  }
                >
                  <Flex gap={12} wrap>
                    <Form.Item
                      name={[field.name, 'item']}
                      label={st('item')}
                      rules={required(st('item'))}
                      style={{ flex: '1 1 240px' }}
                    >
                      <Select options={vocabularyOptions(supervisionItems, label)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'cases']} label={st('cases')}>
                      <InputNumber min={0} max={1000} precision={0} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'indicatorCode']}
                      label={st('indicatorCode')}
                      normalize={(v: string) => v || null}
                    >
                      <Input placeholder="1.2" style={{ width: 120 }} />
                    </Form.Item>
                  </Flex>
                  <Form.Item name={[field.name, 'facts']} label={st('facts')}>
                    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'basis']} label={st('basis')} style={{ marginBottom: 0 }}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add(emptyItem)} style={{ marginBottom: 16 }}>
                {st('addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>{st('findings')}</Typography.Title>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Form.Item name={[field.name, 'category']} rules={required(st('category'))}>
                    <Select
                      placeholder={st('category')}
                      style={{ width: 150 }}
                      options={vocabularyOptions(findingCategories, label)}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'severity']} rules={required(st('severity'))}>
                    <Select
                      placeholder={st('severity')}
                      style={{ width: 120 }}
                      options={vocabularyOptions(findingSeverities, label)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    rules={required(st('description'))}
                    style={{ flex: '1 1 240px' }}
                  >
                    <Input placeholder={st('description')} maxLength={1000} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={st('remove')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ evidenceFileIds: [], indicatorCode: null })}
                style={{ marginBottom: 16 }}
              >
                {st('addFinding')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="suggestion" label={st('suggestion')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label={st('attachments')}>
          {detail ? (
            <SlipAttachments detail={detail} editable />
          ) : (
            <Typography.Text type="secondary">{st('uploadAfterSave')}</Typography.Text>
          )}
        </Form.Item>
      </Form>
    </Drawer>
  );
}
