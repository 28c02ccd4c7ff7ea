import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Flex, Input, Row, Typography } from 'antd';
import { useEffect } from 'react';
import type { OnsiteFinding, OnsiteForm, OnsiteLeaf, OnsiteScore } from '../../../api/onsite.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { ScoreInputControl } from '../self-assessment/ScoreInputControl.tsx';
import { describeInput } from '../self-assessment/score-text.ts';
import { AutosaveAlerts } from '../shared/AutosaveAlerts.tsx';
import { LeafCard } from '../shared/LeafCard.tsx';
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
  const save = useOnsiteAutosave({
    campaignId: form.campaign.id,
    unitId: form.unit.id,
    nodeId: leaf.id,
    entry,
  });
  const { value, status } = save;
  useEffect(() => onStatus(leaf.id, status), [onStatus, leaf.id, status]);

  return (
    <LeafCard
      leaf={leaf}
      testId={`onsite-leaf-${leaf.code}`}
      status={editable ? status : null}
      path={leaf.path}
    >
      <AutosaveAlerts
        save={save}
        describeNewer={(newer) =>
          t('campaigns.onsite.conflictNewer', {
            score: describeInput(newer.input, t),
            justification: newer.justification || '—',
          })
        }
      />
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
    </LeafCard>
  );
}
