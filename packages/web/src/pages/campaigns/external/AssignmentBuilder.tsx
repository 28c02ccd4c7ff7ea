import { expandAssignments } from '@bianping/core/campaigns/external';
import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import { Alert, Button, Card, Flex, Form, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ExternalItem, ExternalOverview } from '../../../api/external.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useAllTargets } from './useAllTargets.ts';
import type { useExternalActions } from './useExternalOverview.ts';

type Values = { raterUnitIds?: string[]; targetUnitIds?: string[]; itemKeys?: string[] };

type Props = {
  overview: ExternalOverview;
  assign: ReturnType<typeof useExternalActions>['assign'];
};

/**
 * 分配外部评价: rater departments × targets × items. A department without a rater account is
 * marked (nobody could grade its sheet yet); targets can be picked by category; the items are the
 * free items and the campaign's externally rated indicators, grouped by set. The count of new
 * assignments (repeats of existing ones left out, as the server does) shows before 分配.
 */
export function AssignmentBuilder({ overview, assign }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const [category, setCategory] = useState<UnitCategory | undefined>();
  const { data: targets = [], isPending: targetsPending } = useAllTargets(overview.campaign.id);

  const itemsByKey = useMemo(() => new Map(overview.items.map((o) => [o.key, o.item])), [overview.items]);
  const itemOptions = useMemo(() => {
    const free = overview.items.filter((o) => o.item.kind === 'free');
    const sets = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const o of overview.items) {
      if (o.item.kind !== 'indicator' || !o.setId) continue;
      const group = sets.get(o.setId) ?? { label: o.setName ?? o.setId, options: [] };
      group.options.push({ value: o.key, label: label(o.label) });
      sets.set(o.setId, group);
    }
    return [
      { label: t('external.freeItems'), options: free.map((o) => ({ value: o.key, label: label(o.label) })) },
      ...sets.values(),
    ];
  }, [overview.items, label, t]);

  const categories = unitCategories.codes.filter((c) => targets.some((tg) => tg.category === c));
  const shownTargets = category ? targets.filter((tg) => tg.category === category) : targets;
  // The category narrows the list; targets already chosen stay options, so they keep their names.
  const chosenTargets = new Set(values?.targetUnitIds ?? []);
  const targetOptions = targets
    .filter((tg) => !category || tg.category === category || chosenTargets.has(tg.unitId))
    .map((tg) => ({ value: tg.unitId, label: tg.unitName }));
  const noAccount = new Set(overview.raters.filter((r) => !r.hasRaterAccounts).map((r) => r.unitId));
  const chosenWithoutAccount = overview.raters.filter(
    (r) => noAccount.has(r.unitId) && values?.raterUnitIds?.includes(r.unitId),
  );

  const items = (values?.itemKeys ?? [])
    .map((k) => itemsByKey.get(k))
    .filter((i): i is ExternalItem => i !== undefined);
  const request = {
    raterUnitIds: values?.raterUnitIds ?? [],
    targetUnitIds: values?.targetUnitIds ?? [],
    items,
  };
  const count = expandAssignments(request, overview.assignments).length;

  const pickShown = () => {
    const chosen = new Set(form.getFieldValue('targetUnitIds') ?? []);
    for (const tg of shownTargets) chosen.add(tg.unitId);
    form.setFieldValue('targetUnitIds', [...chosen]);
  };

  return (
    <Card title={t('external.builder.title')} size="small" style={{ marginBottom: 16 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={() => assign.mutate(request, { onSuccess: () => form.resetFields() })}
      >
        <Form.Item name="raterUnitIds" label={t('external.builder.raters')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('external.builder.ratersPlaceholder')}
            options={overview.raters.map((r) => ({ value: r.unitId, label: r.name }))}
            optionRender={(option) => (
              <Space size={4}>
                {option.label}
                {noAccount.has(String(option.value)) && (
                  <Tag color="warning">{t('external.builder.noAccount')}</Tag>
                )}
              </Space>
            )}
          />
        </Form.Item>
        {chosenWithoutAccount.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('external.builder.noAccountWarning', {
              names: chosenWithoutAccount.map((r) => r.name).join('、'),
            })}
          />
        )}
        <Form.Item label={t('external.builder.targets')} required={false}>
          <Flex gap={8} wrap style={{ marginBottom: 8 }}>
            <Select<UnitCategory>
              allowClear
              aria-label={t('external.builder.category')}
              placeholder={t('external.builder.category')}
              value={category}
              onChange={setCategory}
              style={{ width: 200 }}
              options={categories.map((c) => ({ value: c, label: label(unitCategories.labels[c]) }))}
            />
            <Button onClick={pickShown} disabled={shownTargets.length === 0}>
              {t('external.builder.pickShown', { count: shownTargets.length })}
            </Button>
            <Button onClick={() => form.setFieldValue('targetUnitIds', [])}>
              {t('external.builder.clearTargets')}
            </Button>
          </Flex>
          <Form.Item name="targetUnitIds" noStyle>
            <Select
              mode="multiple"
              allowClear
              loading={targetsPending}
              aria-label={t('external.builder.targets')}
              showSearch={{ optionFilterProp: 'label' }}
              maxTagCount="responsive"
              placeholder={t('external.builder.targetsPlaceholder')}
              options={targetOptions}
            />
          </Form.Item>
        </Form.Item>
        <Form.Item name="itemKeys" label={t('external.builder.items')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('external.builder.itemsPlaceholder')}
            options={itemOptions}
          />
        </Form.Item>
        <Flex gap={12} align="center" wrap>
          <Typography.Text role="status" strong={count > 0}>
            {t('external.builder.count', { count })}
          </Typography.Text>
          <Button type="primary" htmlType="submit" disabled={count === 0} loading={assign.isPending}>
            {t('external.builder.assign')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
