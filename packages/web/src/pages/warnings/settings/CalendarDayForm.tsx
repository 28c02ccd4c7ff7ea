import { PlusOutlined } from '@ant-design/icons';
import { type CalendarDay, calendarDayKinds } from '@bianping/core/warnings/calendar-api';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';

type Values = { day: Dayjs | null; kind: CalendarDay['kind']; name: string };
type Props = { year: number; days: readonly CalendarDay[]; onAdd: (day: CalendarDay) => void };

/** One line to add a day off or a make-up working day of the year. */
export function CalendarDayForm({ year, days, onAdd }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const add = ({ day, kind, name }: Values) => {
    if (!day) return;
    onAdd({ day: day.format('YYYY-MM-DD'), kind, name: name.trim() });
    // Keep kind and name: a holiday is usually several days in a row.
    form.setFieldValue('day', day.add(1, 'day').year() === year ? day.add(1, 'day') : null);
  };
  return (
    <Form<Values>
      form={form}
      name="calendar-day"
      layout="inline"
      initialValues={{ day: null, kind: 'holiday', name: '' }}
      onFinish={add}
      style={{ rowGap: 12 }}
    >
      <Form.Item
        label={t('warnings.calendar.col.day')}
        name="day"
        rules={[
          { required: true, message: t('warnings.calendar.dayRequired') },
          {
            validator: async (_rule, value: Dayjs | null) => {
              const day = value?.format('YYYY-MM-DD');
              if (day && days.some((d) => d.day === day))
                throw new Error(t('warnings.calendar.duplicate', { day }));
            },
          },
        ]}
      >
        <DatePicker disabledDate={(d) => d.year() !== year} defaultPickerValue={dayjs(`${year}-01-01`)} />
      </Form.Item>
      <Form.Item label={t('warnings.calendar.col.kind')} name="kind">
        <Select options={vocabularyOptions(calendarDayKinds, label)} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item
        label={t('warnings.calendar.col.name')}
        name="name"
        rules={[requiredTrimmed(1, t('warnings.calendar.nameRequired'))]}
      >
        <Input maxLength={40} placeholder={t('warnings.calendar.namePlaceholder')} style={{ width: 180 }} />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />}>
        {t('warnings.calendar.add')}
      </Button>
    </Form>
  );
}
