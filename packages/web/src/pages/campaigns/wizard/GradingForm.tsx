import { type CampaignGrading, defaultGradeBands } from '@bianping/core/campaigns/grading';
import { campaignGrades, externalRatingLevels } from '@bianping/core/campaigns/vocabulary';
import { Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import { saveCampaignGrading } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import { GradeBandBar } from './GradeBandBar.tsx';
import type { StepProps } from './PlanWizard.tsx';

/** Shares are edited as percentages, as the office states them (好 100 %, 较好 80 %, 一般 60 %). */
type Values = {
  fullMark: number;
  mins: number[];
  mapping: Record<(typeof externalRatingLevels.codes)[number], number>;
};

const toValues = (g: CampaignGrading): Values => ({
  fullMark: g.fullMark,
  mins: g.gradeBands.map((b) => b.min),
  mapping: {
    good: g.externalRatingMapping.good * 100,
    fairlyGood: g.externalRatingMapping.fairlyGood * 100,
    fair: g.externalRatingMapping.fair * 100,
  },
});

/**
 * 评估等次: the full mark, the lower bound of each grade (best first, the last fixed at 0) with a
 * bar showing the ranges, and the external rating shares. The server checks the order.
 */
export function GradingForm({ detail, editable }: StepProps) {
  const t = useT();
  const label = useLabel();
  const { campaign } = detail;
  const bands = campaign.grading.gradeBands.length ? campaign.grading.gradeBands : defaultGradeBands;
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch([], form) as Values | undefined;
  const values = watched?.mins ? watched : toValues(campaign.grading);
  const edit = useCampaignEdit(campaign.id, { successText: t('campaigns.saved') });

  return (
    <Form<Values>
      form={form}
      name="campaign-grading"
      layout="vertical"
      key={campaign.version}
      disabled={!editable}
      initialValues={toValues(campaign.grading)}
      onFinish={(v) =>
        edit.mutate((version) =>
          saveCampaignGrading(campaign.id, {
            version,
            grading: {
              fullMark: v.fullMark,
              gradeBands: bands.map((b, i) => ({ grade: b.grade, min: v.mins[i] ?? 0 })),
              externalRatingMapping: {
                good: v.mapping.good / 100,
                fairlyGood: v.mapping.fairlyGood / 100,
                fair: v.mapping.fair / 100,
              },
            },
          }),
        )
      }
    >
      <Typography.Title level={5}>{t('campaigns.grading.title')}</Typography.Title>
      <Form.Item name="fullMark" label={t('campaigns.grading.fullMark')}>
        <InputNumber min={1} max={1000} />
      </Form.Item>
      <Row gutter={16}>
        {bands.map((b, i) => (
          <Col key={b.grade}>
            <Form.Item
              name={['mins', i]}
              label={`${label(campaignGrades.labels[b.grade])} · ${t('campaigns.grading.min')}`}
            >
              <InputNumber min={0} max={1000} disabled={!editable || i === bands.length - 1} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <GradeBandBar
        bands={bands.map((b, i) => ({ grade: b.grade, min: values.mins[i] ?? 0 }))}
        fullMark={values.fullMark ?? 100}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('campaigns.grading.external')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('campaigns.grading.externalHint')}</Typography.Paragraph>
      <Row gutter={16}>
        {externalRatingLevels.codes.map((level) => (
          <Col key={level}>
            <Form.Item name={['mapping', level]} label={label(externalRatingLevels.labels[level])}>
              <InputNumber min={0} max={100} suffix="%" />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {editable && (
        <Button type="primary" htmlType="submit" loading={edit.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
