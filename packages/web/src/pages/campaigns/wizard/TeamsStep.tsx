import { useQuery } from '@tanstack/react-query';
import { Button, Col, Empty, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { type CampaignTeamDrawInput, drawCampaignTeams, getCampaignTeams } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useCampaignEdit } from '../useCampaign.ts';
import { DrawExclusions } from './DrawExclusions.tsx';
import type { StepProps } from './PlanWizard.tsx';
import { TeamCards } from './TeamCards.tsx';

type Values = { teamCount: number; membersPerTeam: number; seed?: string };

/** A seed typed as digits is the number the draw record will show; anything else stays text. */
const seedOf = (text: string | undefined): CampaignTeamDrawInput['seed'] => {
  const s = text?.trim();
  if (!s) return undefined;
  return /^\d{1,9}$/.test(s) ? Number(s) : s;
};

/**
 * 评估组: how many teams of how many members, an optional seed, 抽取; the teams with leader,
 * members and targets, and who stood aside for which target and why. Drawing again replaces
 * the teams (while a draft); the same seed over the same pool gives the same teams.
 */
export function TeamsStep({ detail, editable }: StepProps) {
  const t = useT();
  const { campaign } = detail;
  const { data } = useQuery({
    queryKey: queryKeys.campaignTeams(campaign.id),
    queryFn: ({ signal }) => getCampaignTeams(campaign.id, signal),
  });
  const draw = useCampaignEdit(campaign.id);
  const record = data?.record ?? campaign.teamDraw;
  const hasTeams = (data?.teams.length ?? 0) > 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {editable && (
        <Form<Values>
          name="campaign-team-draw"
          layout="vertical"
          initialValues={{
            teamCount: record?.teamCount ?? 2,
            membersPerTeam: record?.membersPerTeam ?? 2,
          }}
          onFinish={(v) =>
            draw.mutate((version) =>
              drawCampaignTeams(campaign.id, {
                version,
                teamCount: v.teamCount,
                membersPerTeam: v.membersPerTeam,
                seed: seedOf(v.seed),
              }),
            )
          }
        >
          <Row gutter={16} align="bottom">
            <Col>
              <Form.Item name="teamCount" label={t('campaigns.teams.count')} rules={[{ required: true }]}>
                <InputNumber min={1} max={100} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item name="membersPerTeam" label={t('campaigns.teams.size')} rules={[{ required: true }]}>
                <InputNumber min={0} max={20} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item
                name="seed"
                label={t('campaigns.teams.seed')}
                tooltip={t('campaigns.teams.seedHint')}
              >
                <Input maxLength={64} style={{ width: 200 }} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={draw.isPending}>
                  {hasTeams ? t('campaigns.teams.redraw') : t('campaigns.teams.draw')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
      {record && (
        <Typography.Text type="secondary">
          {t('campaigns.teams.seedUsed', { seed: String(record.seed) })}
        </Typography.Text>
      )}
      {data && hasTeams ? (
        <TeamCards teams={data.teams} />
      ) : (
        <Empty description={t('campaigns.teams.none')} />
      )}
      {data?.record && data.record.exclusions.length > 0 && (
        <DrawExclusions exclusions={data.record.exclusions} teams={data.teams} />
      )}
    </Space>
  );
}
