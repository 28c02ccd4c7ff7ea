import { parseCalendarText } from '@bianping/core/warnings/calendar';
import type { CalendarDay } from '@bianping/core/warnings/calendar-api';
import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Props = {
  open: boolean;
  year: number;
  onClose: () => void;
  onApply: (days: CalendarDay[], mode: 'merge' | 'replace') => void;
};

const example = (year: number) =>
  [`${year}-10-01~${year}-10-07\t放假\t国庆节`, `${year}-09-27\t上班\t国庆节调休`].join('\n');

/**
 * Takes a year's list pasted from the official notice or a spreadsheet (see parseCalendarText),
 * shows what it read and what it could not, and adds it to the list or replaces the list.
 */
export function CalendarPasteModal({ open, year, onClose, onApply }: Props) {
  const t = useT();
  const label = useLabel();
  const [text, setText] = useState('');
  const parsed = useMemo(() => {
    const { days, errors } = parseCalendarText(text);
    const inYear = days.filter((d) => d.day.startsWith(`${year}-`));
    const outside = days.filter((d) => !d.day.startsWith(`${year}-`)).map((d) => d.day);
    return { days: inYear, errors: errors.map((e) => label(e.message)), outside };
  }, [text, year, label]);

  const apply = (mode: 'merge' | 'replace') => {
    onApply(parsed.days, mode);
    setText('');
    onClose();
  };
  const notes = [
    ...parsed.errors,
    ...parsed.outside.slice(0, 5).map((day) => t('warnings.calendar.pasteOtherYear', { day, year })),
  ];

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('warnings.calendar.pasteTitle', { year })}
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="replace" danger disabled={!parsed.days.length} onClick={() => apply('replace')}>
          {t('warnings.calendar.pasteReplace')}
        </Button>,
        <Button key="merge" type="primary" disabled={!parsed.days.length} onClick={() => apply('merge')}>
          {t('warnings.calendar.pasteMerge')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('warnings.calendar.pasteHelp')}
      </Typography.Paragraph>
      <pre style={{ margin: '0 0 12px', fontSize: 12 }}>{example(year)}</pre>
      <Input.TextArea
        rows={10}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('warnings.calendar.pasteTitle', { year })}
      />
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>
        {t('warnings.calendar.pasteParsed', { count: parsed.days.length })}
      </Typography.Paragraph>
      {notes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
