import { SnippetsOutlined } from '@ant-design/icons';
import { calendarYearProblems, sortCalendarDays } from '@bianping/core/warnings/calendar';
import { type CalendarDay, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '@bianping/core/warnings/calendar-api';
import { Alert, App, Button, Card, DatePicker, Flex, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { CalendarDayForm } from './CalendarDayForm.tsx';
import { CalendarPasteModal } from './CalendarPasteModal.tsx';
import { CalendarTable } from './CalendarTable.tsx';
import { mergeCalendarDays, useCalendarYear } from './useCalendarYear.ts';

const yearOf = (value: string | null) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR
    ? year
    : dayjs().year();
};

/**
 * 节假日: a year's days off and make-up working days. Changes collect in a draft, checked as the
 * server will check them, and are saved together (the server replaces the year in one go).
 */
export function CalendarTab() {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const { query, save } = useCalendarYear(year);
  const [draft, setDraft] = useState<CalendarDay[] | null>(null);
  const [pasting, setPasting] = useState(false);
  const days = draft ?? query.data?.days ?? [];
  const problems = useMemo(() => calendarYearProblems(year, days), [year, days]);

  const edit = (next: CalendarDay[]) => setDraft(sortCalendarDays(next));
  const goToYear = (next: number) => {
    const go = () => {
      setDraft(null);
      save.reset();
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('year', String(next));
          return updated;
        },
        { replace: true },
      );
    };
    if (draft) modal.confirm({ title: t('warnings.calendar.discardConfirm', { year }), onOk: go });
    else go();
  };
  const submit = () =>
    save.mutate(days, {
      onSuccess: () => setDraft(null),
      // The year reloads with someone else's list: the draft was made on the old one.
      onError: (error) => isApiError(error, 'E_STALE_VERSION') && setDraft(null),
    });

  const holidays = days.filter((d) => d.kind === 'holiday').length;
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('warnings.calendar.intro')}</Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex align="center" gap={12} wrap>
          <span>{t('warnings.calendar.year')}</span>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && goToYear(d.year())}
            aria-label={t('warnings.calendar.year')}
          />
          <Typography.Text type="secondary">
            {t('warnings.calendar.summary', { holidays, workdays: days.length - holidays })}
          </Typography.Text>
          {draft && <Tag color="orange">{t('warnings.calendar.unsaved')}</Tag>}
        </Flex>
        <Flex gap={8}>
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            {t('warnings.calendar.paste')}
          </Button>
          <Button disabled={!draft} onClick={() => setDraft(null)}>
            {t('warnings.calendar.discard')}
          </Button>
          <Button
            type="primary"
            disabled={!draft || problems.length > 0 || !query.data}
            loading={save.isPending}
            onClick={submit}
          >
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
      <div style={{ marginBottom: 16 }}>
        <CalendarDayForm year={year} days={days} onAdd={(day) => edit([...days, day])} />
      </div>
      {query.error && (
        <Alert type="error" showIcon title={errorText(query.error)} style={{ marginBottom: 16 }} />
      )}
      {save.error && !isApiError(save.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 16 }} />
      )}
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('warnings.calendar.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {problems.map((p) => (
                <li key={p.path}>{label(p.message)}</li>
              ))}
            </ul>
          }
        />
      )}
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <CalendarTable
          year={year}
          days={days}
          onRemove={(index) => edit(days.filter((_, i) => i !== index))}
        />
      )}
      <CalendarPasteModal
        open={pasting}
        year={year}
        onClose={() => setPasting(false)}
        onApply={(pasted, mode) => edit(mode === 'replace' ? pasted : mergeCalendarDays(days, pasted))}
      />
    </Card>
  );
}
