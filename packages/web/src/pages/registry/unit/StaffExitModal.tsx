import type { UnitDetail } from '@bianping/core/registry';
import type { RosterMember } from '@bianping/core/staff';
import { type ExitReason, exitReasons } from '@bianping/core/warnings';
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ExitInput, recordExit } from '../../../api/staff.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { MovementModal } from './MovementModal.tsx';
import { isFutureDay, isoOf, notBeforeLeaving, twoColumns } from './movement-form.ts';
import { StaffPersonSelect } from './StaffPersonSelect.tsx';

type Values = {
  staffMemberId: string;
  reason: ExitReason;
  eventDate: Dayjs;
  processNow: boolean;
  processedOn?: Dayjs;
  docNo?: string;
  note?: string;
};

type Props = {
  detail: UnitDetail;
  open: boolean;
  onClose: () => void;
  /** The person, when the form was opened from their roster row. */
  person?: RosterMember | undefined;
};

/**
 * 人员离开: records that a person retired, transferred out, resigned …; with 同时办理出编 the
 * exit is processed at once and the person leaves the roster, otherwise it waits (W10 counts).
 */
export function StaffExitModal({ detail, open, onClose, person }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <MovementModal<Values, ExitInput>
      unitId={detail.unit.id}
      open={open}
      onClose={onClose}
      name="staff-exit"
      title={t('staff.exit')}
      okText={t('staff.exit.submit')}
      hint={t('staff.exit.hint')}
      initialValues={{
        staffMemberId: person?.id,
        reason: 'retirement',
        eventDate: dayjs(),
        processNow: false,
        processedOn: dayjs(),
      }}
      edit={recordExit}
      toInput={(v) => ({
        version: detail.unit.version,
        staffMemberId: v.staffMemberId,
        reason: v.reason,
        eventDate: isoOf(v.eventDate),
        processedOn: v.processNow && v.processedOn ? isoOf(v.processedOn) : null,
        docNo: v.processNow ? v.docNo?.trim() || null : null,
        note: v.note?.trim() || null,
      })}
      successText={(v) => t(v.processNow ? 'staff.exit.processed' : 'staff.exit.done')}
    >
      {(form) => (
        <>
          <Form.Item
            label={t('staff.field.person')}
            name="staffMemberId"
            rules={[{ required: true, message: t('staff.personRequired') }]}
          >
            <StaffPersonSelect unitId={detail.unit.id} initial={person} />
          </Form.Item>
          <div style={twoColumns}>
            <Form.Item label={t('staff.col.reason')} name="reason" rules={[{ required: true }]}>
              <Select options={vocabularyOptions(exitReasons, label)} />
            </Form.Item>
            <Form.Item label={t('staff.field.eventDate')} name="eventDate" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </div>
          <Form.Item name="processNow" valuePropName="checked">
            <Checkbox>{t('staff.field.processNow')}</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.processNow !== b.processNow}>
            {() =>
              form.getFieldValue('processNow') && (
                <div style={twoColumns}>
                  <Form.Item
                    label={t('staff.field.processedOn')}
                    name="processedOn"
                    dependencies={['eventDate']}
                    rules={[{ required: true }, notBeforeLeaving(t, () => form.getFieldValue('eventDate'))]}
                  >
                    <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
                  </Form.Item>
                  <Form.Item
                    label={t('staff.field.exitDocNo')}
                    name="docNo"
                    required
                    rules={[requiredTrimmed(2, t('staff.docNoRequired'))]}
                  >
                    <Input maxLength={80} placeholder={t('staff.field.exitDocNoPlaceholder')} />
                  </Form.Item>
                </div>
              )
            }
          </Form.Item>
          <Form.Item label={t('staff.field.note')} name="note">
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
        </>
      )}
    </MovementModal>
  );
}
