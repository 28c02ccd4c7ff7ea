import { arePhaseDatesEditable } from '@bianping/core/campaigns/campaign-status';
import type { PhaseWindow } from '@bianping/core/campaigns/phases';
import { type CampaignPhase, campaignPhases } from '@bianping/core/campaigns/vocabulary';
import { Button, Checkbox, DatePicker, Form, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { saveCampaignPhases } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import { PhaseGantt } from './PhaseGantt.tsx';
import type { StepProps } from './PlanWizard.tsx';

type Row = { phase: CampaignPhase; include: boolean; dates: [Dayjs | null, Dayjs | null] | null };
type Values = { rows: Row[] };

const toRows = (phases: readonly PhaseWindow[]): Row[] =>
  campaignPhases.codes.map((phase) => {
    const w = phases.find((p) => p.phase === phase);
    return { phase, include: !!w, dates: w ? [dayjs(w.start), dayjs(w.end)] : null };
  });

/**
 * Scheduled rows with both days picked (a range being picked has only its start for a moment).
 * The phase comes from the row's place: watched form values hold only the fields on screen.
 */
const toWindows = (rows: readonly Partial<Row>[]): PhaseWindow[] =>
  rows.flatMap((r, i) => {
    const phase = campaignPhases.codes[i];
    const [start, end] = r.dates ?? [];
    if (!phase || !r.include || !start || !end) return [];
    return [{ phase, start: start.format('YYYY-MM-DD'), end: end.format('YYYY-MM-DD') }];
  });

/**
 * 阶段安排: a date range per phase the campaign runs (in the vocabulary's order), and the same as
 * a Gantt chart. Phase dates still move after launch; the server checks order and overlaps.
 */
export function PhasesStep({ detail }: StepProps) {
  const t = useT();
  const label = useLabel();
  const { campaign, canEdit } = detail;
  const editable = canEdit && arePhaseDatesEditable(campaign.status);
  const [form] = Form.useForm<Values>();
  const rows: Partial<Row>[] = Form.useWatch('rows', form) ?? toRows(campaign.phases);
  const edit = useCampaignEdit(campaign.id, { successText: t('campaigns.saved') });

  return (
    <Form<Values>
      form={form}
      name="campaign-phases"
      key={campaign.version}
      initialValues={{ rows: toRows(campaign.phases) }}
      disabled={!editable}
      onFinish={(v) =>
        edit.mutate((version) => saveCampaignPhases(campaign.id, { version, phases: toWindows(v.rows) }))
      }
    >
      <Form.List name="rows">
        {(fields) => (
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            columns={[
              {
                title: t('campaigns.phases.include'),
                width: 80,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'include']} valuePropName="checked" noStyle>
                    <Checkbox
                      aria-label={label(campaignPhases.labels[campaignPhases.codes[f.name] as CampaignPhase])}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('campaigns.phases.phase'),
                width: 140,
                render: (_, f) => label(campaignPhases.labels[campaignPhases.codes[f.name] as CampaignPhase]),
              },
              {
                title: t('campaigns.phases.dates'),
                render: (_, f) => (
                  <Form.Item
                    name={[f.name, 'dates']}
                    style={{ margin: 0 }}
                    dependencies={[['rows', f.name, 'include']]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_r, value) =>
                          getFieldValue(['rows', f.name, 'include']) && !value
                            ? Promise.reject(new Error(t('campaigns.phases.datesRequired')))
                            : Promise.resolve(),
                      }),
                    ]}
                  >
                    <DatePicker.RangePicker
                      data-phase={campaignPhases.codes[f.name]}
                      disabled={!editable || !rows[f.name]?.include}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
      </Form.List>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('campaigns.phases.chart')}
      </Typography.Title>
      <PhaseGantt phases={toWindows(rows)} />
      {editable && (
        <Button type="primary" htmlType="submit" loading={edit.isPending} style={{ marginTop: 16 }}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
