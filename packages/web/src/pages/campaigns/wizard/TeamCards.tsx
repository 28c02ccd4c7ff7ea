import { CrownOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import type { CampaignTeams } from '../../../api/campaigns.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';

/** One card per team: its leader, members (with employer) and targets. */
export function TeamCards({ teams }: { teams: CampaignTeams['teams'] }) {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      {teams.map((team) => (
        <Col key={team.no} xs={24} md={12} xl={8}>
          <Card
            size="small"
            title={team.name || t('campaigns.teams.team', { no: team.no })}
            data-testid="team-card"
          >
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('campaigns.teams.leader')}>
                <CrownOutlined style={{ color: '#faad14', marginRight: 4 }} />
                {team.leader.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('campaigns.teams.members')}>
                {team.members.map((m) => (
                  <Tag key={m.id} title={m.employerUnitName ?? undefined}>
                    {m.name}
                  </Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('campaigns.teams.targets')}>
                {team.targets.map((x) => x.unitName).join('、')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
