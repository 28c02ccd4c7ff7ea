import { evidenceTypes } from '@bianping/core/indicators/vocabulary';
import { Flex, Input, Typography } from 'antd';
import { useEffect } from 'react';
import type { SelfAssessmentForm, SelfEntry, SelfFormNode } from '../../../api/self-assessment.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { AutosaveAlerts } from '../shared/AutosaveAlerts.tsx';
import { LeafCard } from '../shared/LeafCard.tsx';
import { EvidenceUpload } from './EvidenceUpload.tsx';
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
  const campaignId = form.campaign.id;
  const unitId = form.unit.id;
  const save = useEntryAutosave({ campaignId, unitId, nodeId: node.id, entry });
  const { value, status } = save;
  useEffect(() => onStatus(node.id, status), [onStatus, node.id, status]);
  const files = value.evidenceFileIds.flatMap((id) => form.files.filter((f) => f.fileId === id));

  return (
    <LeafCard leaf={node} testId={`leaf-${node.code}`} status={editable ? status : null}>
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
      <AutosaveAlerts
        save={save}
        describeNewer={(newer) =>
          t('campaigns.self.conflictNewer', {
            score: describeInput(newer.input, t),
            narrative: newer.narrative || '—',
          })
        }
      />
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
    </LeafCard>
  );
}
