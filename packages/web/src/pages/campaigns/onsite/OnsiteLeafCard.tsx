import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { OnsiteFinding, OnsiteForm, OnsiteLeaf, OnsiteScore } from '../../../api/onsite.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { formatPoints } from '../../indicators/indicator-labels.ts';
import { SaveStatusTag } from '../self-assessment/SaveStatusTag.tsx';
import { ScoreInputControl } from '../self-assessment/ScoreInputControl.tsx';
import { describeInput } from '../self-assessment/score-text.ts';
import type { SaveStatus } from '../shared/useVersionedAutosave.ts';
import { FindingList } from './FindingList.tsx';
import { useOnsiteAutosave } from './useOnsiteAutosave.ts';

type Props = {
  form: OnsiteForm;
  leaf: OnsiteLeaf;
  entry: OnsiteScore | undefined;
  findings: OnsiteFinding[];
  editable: boolean;
  onStatus: (nodeId: string, status: SaveStatus) => void;
  /** Opens the finding modal for this leaf (a finding to edit, or null for a new one). */
  onFinding: (nodeId: string, finding: OnsiteFinding | null) => void;
};

/**
 * One leaf on site: what it checks, the unit's self score beside it (read-only), the team's score
 * and justification (autosaved), and the findings raised on it. Two columns from `lg` up; on a
 * portrait tablet the self score stacks above the team's.
 */
export function OnsiteLeafCard({ form, leaf, entry, findings, editable, onStatus, onFinding }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const save = useOnsiteAutosave({
    campaignId: form.campaign.id,
    unitId: form.unit.id,
    nodeId: leaf.id,
    entry,
  });
  const { value, status } = save;
  useEffect(() => onStatus(leaf.id, status), [onStatus, leaf.id, status]);

  return (
    <Card
      id={`leaf-${leaf.id}`}
      size="small"
      data-testid={`onsite-leaf-${leaf.code}`}
      title={
        <Space wrap size={4} style={{ whiteSpace: 'normal' }}>
          <Typography.Text strong>{leaf.code}</Typography.Text>
          <span>{leaf.name}</span>
          <Tag>{t('campaigns.self.maxPoints', { points: formatPoints(leaf.maxPoints) })}</Tag>
        </Space>
      }
      extra={editable && <SaveStatusTag status={status} />}
      style={{ marginBottom: 16, scrollMarginTop: 72 }}
    >
      {leaf.path.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {leaf.path.join(' / ')}
        </Typography.Text>
      )}
      {leaf.checkpoints.length > 0 && (
        <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>
          {leaf.checkpoints.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {leaf.ruleText && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('campaigns.self.rule')}：{label(leaf.ruleText)}
        </Typography.Paragraph>
      )}
      {status === 'conflict' && save.newer && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('campaigns.self.conflict')}
          description={t('campaigns.onsite.conflictNewer', {
            score: describeInput(save.newer.input, t),
            justification: save.newer.justification || '—',
          })}
          action={
            <Flex vertical gap={4}>
              <Button size="small" type="primary" onClick={save.keepMine}>
                {t('campaigns.self.keepMine')}
              </Button>
              <Button size="small" onClick={save.takeNewer}>
                {t('campaigns.self.takeNewer')}
              </Button>
            </Flex>
          }
        />
      )}
      {(status === 'offline' || status === 'error') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={status === 'offline' ? t('campaigns.self.offline') : errorText(save.error)}
        />
      )}
      <Row gutter={[16, 12]}>
        <Col xs={24} lg={9}>
          <Descriptions
            size="small"
            column={1}
            bordered
            title={t('campaigns.onsite.selfBeside')}
            items={[
              {
                key: 'score',
                label: t('campaigns.self.score'),
                children: leaf.self ? describeInput(leaf.self.input, t) : '—',
              },
              {
                key: 'narrative',
                label: t('campaigns.onsite.selfNarrative'),
                children: <span style={{ wordBreak: 'break-word' }}>{leaf.self?.narrative || '—'}</span>,
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={15}>
          <Flex vertical gap={12}>
            {leaf.bounds && (
              <div>
                <Typography.Text>{t('campaigns.onsite.score')}：</Typography.Text>
                <ScoreInputControl
                  bounds={leaf.bounds}
                  value={value.input}
                  disabled={!editable}
                  ariaLabel={t('campaigns.onsite.scoreOf', { code: leaf.code })}
                  onChange={(input) => save.change({ input })}
                />
              </div>
            )}
            <Input.TextArea
              aria-label={t('campaigns.onsite.justificationOf', { code: leaf.code })}
              placeholder={t('campaigns.onsite.justification')}
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={2000}
              disabled={!editable}
              value={value.justification}
              onChange={(e) => save.change({ justification: e.target.value })}
            />
            <FindingList
              form={form}
              findings={findings}
              editable={editable}
              onEdit={(f) => onFinding(leaf.id, f)}
            />
            {editable && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => onFinding(leaf.id, null)}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('campaigns.onsite.finding.add')}
              </Button>
            )}
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
