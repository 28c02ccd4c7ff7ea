import { evidenceTypes } from '@bianping/core/indicators/vocabulary';
import { Alert, Button, Card, Flex, Input, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { SelfAssessmentForm, SelfEntry, SelfFormNode } from '../../../api/self-assessment.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { formatPoints } from '../../indicators/indicator-labels.ts';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { SaveStatusTag } from './SaveStatusTag.tsx';
import { ScoreInputControl } from './ScoreInputControl.tsx';
import { describeInput } from './score-text.ts';
import { type SaveStatus, useEntryAutosave } from './useEntryAutosave.ts';

type Props = {
  form: SelfAssessmentForm;
  node: SelfFormNode;
  entry: SelfEntry | undefined;
  editable: boolean;
  /** Tells the page how this indicator's save stands, so it can hold the submit while one is pending. */
  onStatus: (nodeId: string, status: SaveStatus) => void;
};

/**
 * One leaf indicator of the form: what it checks, how it is scored, and the unit's score,
 * narrative and evidence, each change saved by itself (see useEntryAutosave).
 */
export function LeafEntryCard({ form, node, entry, editable, onStatus }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const campaignId = form.campaign.id;
  const unitId = form.unit.id;
  const save = useEntryAutosave({ campaignId, unitId, nodeId: node.id, entry });
  const { value, status } = save;
  useEffect(() => onStatus(node.id, status), [onStatus, node.id, status]);
  const files = value.evidenceFileIds.flatMap((id) => form.files.filter((f) => f.fileId === id));

  return (
    <Card
      id={`leaf-${node.id}`}
      size="small"
      data-testid={`leaf-${node.code}`}
      title={
        <Space wrap>
          <Typography.Text strong>{node.code}</Typography.Text>
          <span>{node.name}</span>
          <Tag>{t('campaigns.self.maxPoints', { points: formatPoints(node.maxPoints) })}</Tag>
        </Space>
      }
      extra={editable && <SaveStatusTag status={save.status} />}
      style={{ marginBottom: 16, scrollMarginTop: 72 }}
    >
      {node.checkpoints.length > 0 && (
        <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>
          {node.checkpoints.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {node.ruleText && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('campaigns.self.rule')}：{label(node.ruleText)}
        </Typography.Paragraph>
      )}
      {node.evidenceTypes.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('campaigns.self.evidenceAsked')}：
          {node.evidenceTypes
            .map((e) =>
              label(evidenceTypes.labels[e as keyof typeof evidenceTypes.labels] ?? { zh: e, en: e }),
            )
            .join('、')}
        </Typography.Paragraph>
      )}
      {save.status === 'conflict' && save.newer && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('campaigns.self.conflict')}
          description={t('campaigns.self.conflictNewer', {
            score: describeInput(save.newer.input, t),
            narrative: save.newer.narrative || '—',
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
      {(save.status === 'offline' || save.status === 'error') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={save.status === 'offline' ? t('campaigns.self.offline') : errorText(save.error)}
        />
      )}
      <Flex vertical gap={12}>
        {node.bounds && (
          <div>
            <Typography.Text>{t('campaigns.self.score')}：</Typography.Text>
            <ScoreInputControl
              bounds={node.bounds}
              value={value.input}
              disabled={!editable}
              ariaLabel={t('campaigns.self.scoreOf', { code: node.code })}
              onChange={(input) => save.change({ input })}
            />
          </div>
        )}
        <Input.TextArea
          aria-label={t('campaigns.self.narrativeOf', { code: node.code })}
          placeholder={t('campaigns.self.narrative')}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={4000}
          disabled={!editable}
          value={value.narrative}
          onChange={(e) => save.change({ narrative: e.target.value })}
        />
        <EvidenceUpload
          campaignId={campaignId}
          unitId={unitId}
          purpose="evidence"
          nodeId={node.id}
          files={files}
          disabled={!editable}
          buttonText={t('campaigns.self.uploadEvidence')}
          onUploaded={(file) =>
            save.change((v) => ({ evidenceFileIds: [...v.evidenceFileIds, file.fileId] }))
          }
          onRemove={(fileId) =>
            save.change((v) => ({ evidenceFileIds: v.evidenceFileIds.filter((id) => id !== fileId) }))
          }
        />
      </Flex>
    </Card>
  );
}
