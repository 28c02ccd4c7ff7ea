import { SUM_TOLERANCE } from '@bianping/core/campaigns/messages';
import type { SourceWeightMap } from '@bianping/core/campaigns/source-weights';
import { campaignSources } from '@bianping/core/campaigns/vocabulary';
import { Alert, Button, Col, Form, InputNumber, Row, Slider, Typography } from 'antd';
import { saveCampaignWeights } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import type { StepProps } from './PlanWizard.tsx';

type Values = { global: SourceWeightMap; commonShare: number };

const round = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * 评分来源权重: a slider and a number per source with the live sum, which must be 1 before the
 * plan can be saved; and the share of the common set in the "1+X" mix. Per-indicator overrides
 * made elsewhere are kept as they are.
 */
export function SourceWeightsForm({ detail, editable }: StepProps) {
  const t = useT();
  const label = useLabel();
  const { campaign } = detail;
  const [form] = Form.useForm<Values>();
  const global = Form.useWatch('global', form) ?? campaign.sourceWeights.global;
  const sum = round(campaignSources.codes.reduce((s, src) => s + (global[src] ?? 0), 0));
  const sumOk = Math.abs(sum - 1) <= SUM_TOLERANCE;
  const edit = useCampaignEdit(campaign.id, { successText: t('campaigns.saved') });

  return (
    <Form<Values>
      form={form}
      name="campaign-weights"
      layout="vertical"
      key={campaign.version}
      disabled={!editable}
      initialValues={{ global: campaign.sourceWeights.global, commonShare: campaign.setMix.commonShare }}
      onFinish={(v) =>
        edit.mutate((version) =>
          saveCampaignWeights(campaign.id, {
            version,
            sourceWeights: {
              global: Object.fromEntries(Object.entries(v.global).filter(([, w]) => (w ?? 0) > 0)),
              overrides: campaign.sourceWeights.overrides,
            },
            setMix: { commonShare: v.commonShare },
          }),
        )
      }
    >
      <Typography.Title level={5}>{t('campaigns.weights.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('campaigns.weights.hint')}</Typography.Paragraph>
      {campaignSources.codes.map((src) => (
        <Row key={src} gutter={16} align="middle">
          <Col flex="120px">{label(campaignSources.labels[src])}</Col>
          <Col flex="auto">
            <Form.Item name={['global', src]} noStyle>
              <Slider min={0} max={1} step={0.05} />
            </Form.Item>
          </Col>
          <Col flex="120px">
            <Form.Item name={['global', src]} style={{ margin: 0 }}>
              <InputNumber min={0} max={1} step={0.05} aria-label={label(campaignSources.labels[src])} />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Alert
        style={{ margin: '12px 0' }}
        type={sumOk ? 'success' : 'error'}
        showIcon
        title={sumOk ? t('campaigns.weights.sum', { sum }) : t('campaigns.weights.sumBad', { sum })}
      />
      {campaign.sourceWeights.overrides.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('campaigns.weights.overrides', { count: campaign.sourceWeights.overrides.length })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="commonShare"
        label={t('campaigns.weights.commonShare')}
        extra={t('campaigns.weights.commonShareHint')}
      >
        <InputNumber min={0} max={1} step={0.05} />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" disabled={!sumOk} loading={edit.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
