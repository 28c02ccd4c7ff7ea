import { type UnitCategory, unitCategories } from '@bianping/core/registry/vocabulary';
import { Button, Form, Select, Typography } from 'antd';
import { saveCampaignSetChoice } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import { setName, usePublishedSets } from '../usePublishedSets.ts';
import type { StepProps } from './PlanWizard.tsx';

type Values = { commonSetId: string | null; categorySetIds: Partial<Record<UnitCategory, string>> };

/**
 * The "1+X" of the campaign: one published common set, and for each category the published
 * category set its targets get automatically. Targets whose sets were overridden keep them.
 */
export function SetChoicePanel({ detail, editable }: StepProps) {
  const t = useT();
  const label = useLabel();
  const { campaign } = detail;
  const { sets, byId, isPending } = usePublishedSets();
  const edit = useCampaignEdit(campaign.id, { successText: t('campaigns.saved') });
  const common = sets.filter((s) => s.kind === 'common');
  const categories = unitCategories.codes.filter((c) => sets.some((s) => s.category === c));
  const options = (list: typeof sets) => list.map((s) => ({ value: s.id, label: setName(byId, s.id) }));

  return (
    <Form<Values>
      name="campaign-set-choice"
      layout="vertical"
      key={campaign.version}
      initialValues={campaign.setChoice}
      disabled={!editable}
      onFinish={(values) =>
        edit.mutate((version) =>
          saveCampaignSetChoice(campaign.id, {
            version,
            setChoice: {
              commonSetId: values.commonSetId ?? null,
              categorySetIds: Object.fromEntries(
                Object.entries(values.categorySetIds ?? {}).filter(([, id]) => !!id),
              ),
            },
          }),
        )
      }
    >
      <Typography.Title level={5}>{t('campaigns.sets.title')}</Typography.Title>
      <Form.Item name="commonSetId" label={t('campaigns.sets.common')} style={{ maxWidth: 480 }}>
        <Select allowClear loading={isPending} options={options(common)} />
      </Form.Item>
      {categories.map((category) => (
        <Form.Item
          key={category}
          name={['categorySetIds', category]}
          label={t('campaigns.sets.category', { category: label(unitCategories.labels[category]) })}
          style={{ maxWidth: 480 }}
        >
          <Select allowClear options={options(sets.filter((s) => s.category === category))} />
        </Form.Item>
      ))}
      {editable && (
        <Button htmlType="submit" loading={edit.isPending}>
          {t('campaigns.sets.save')}
        </Button>
      )}
    </Form>
  );
}
