import type { ExternalRatingLevel } from '@bianping/core/campaigns/vocabulary';
import { Flex, Input, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import type { ExternalSheetForm, ExternalSheetRating } from '../../../api/external.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { SaveStatusTag } from '../self-assessment/SaveStatusTag.tsx';
import { AutosaveAlerts } from '../shared/AutosaveAlerts.tsx';
import type { SaveStatus } from '../shared/useVersionedAutosave.ts';
import { RatingFindings } from './RatingFindings.tsx';
import { useRatingAutosave } from './useRatingAutosave.ts';

type Props = {
  form: ExternalSheetForm;
  targetName: string;
  rating: ExternalSheetRating;
  editable: boolean;
  onStatus: (assignmentId: string, status: SaveStatus) => void;
};

/**
 * One assignment on the sheet: the item, 好/较好/一般 with their shares, a comment and findings,
 * autosaved. The comment and findings open once a level is chosen (a rating without one cannot
 * be stored). Stacks in one column, so a portrait tablet needs no sideways scroll.
 */
export function RatingItem({ form, targetName, rating, editable, onStatus }: Props) {
  const t = useT();
  const label = useLabel();
  const save = useRatingAutosave(form, rating);
  const { value, status } = save;
  const id = rating.assignment.id;
  useEffect(() => onStatus(id, status), [onStatus, id, status]);
  const item = label(rating.label);
  const levelText = (level: ExternalRatingLevel | null) =>
    level ? label(form.levels.find((l) => l.level === level)?.label ?? { zh: level, en: level }) : '—';
  const canWrite = editable && value.level !== null;

  return (
    <div
      id={`leaf-${id}`}
      data-testid="external-rating"
      style={{ padding: '12px 0', borderBottom: '1px solid rgba(5,5,5,0.06)', scrollMarginTop: 72 }}
    >
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong style={{ wordBreak: 'break-word' }}>
          {item}
        </Typography.Text>
        {editable && <SaveStatusTag status={status} />}
      </Flex>
      <AutosaveAlerts
        save={save}
        describeNewer={(newer) =>
          t('external.sheet.conflictNewer', { level: levelText(newer.level), comment: newer.comment || '—' })
        }
      />
      <Flex vertical gap={8}>
        <Radio.Group
          aria-label={t('external.sheet.levelOf', { target: targetName, item })}
          value={value.level}
          disabled={!editable}
          optionType="button"
          options={form.levels.map((l) => ({ value: l.level, label: label(l.label) }))}
          onChange={(e) => save.change({ level: e.target.value as ExternalRatingLevel })}
        />
        <Input.TextArea
          aria-label={t('external.sheet.commentOf', { target: targetName, item })}
          placeholder={value.level ? t('external.sheet.comment') : t('external.sheet.levelFirst')}
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={1000}
          disabled={!canWrite}
          value={value.comment}
          onChange={(e) => save.change({ comment: e.target.value })}
        />
        <RatingFindings
          id={id}
          itemName={`${targetName} ${item}`}
          findings={value.findings}
          editable={canWrite}
          onChange={(findings) => save.change({ findings })}
        />
      </Flex>
    </div>
  );
}
