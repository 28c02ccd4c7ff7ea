import type { UnitDetail } from '@bianping/core/registry';
import { type StaffingType, staffingTypes } from '@bianping/core/registry/vocabulary';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type HireApprovalInput, recordHireApproval } from '../../../api/staff.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { MovementModal } from './MovementModal.tsx';
import { figuresOf, isFutureDay, isoOf, twoColumns } from './movement-form.ts';

type Values = {
  approvalNo: string;
  issuedOn: Dayjs;
  staffingType: StaffingType;
  personName?: string;
  note?: string;
};

type Props = { detail: UnitDetail; open: boolean; onClose: () => void };

/** 用编核准: the office approves filling one vacant post; the 入编 must follow within the limit. */
export function HireApprovalModal({ detail, open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <MovementModal<Values, HireApprovalInput>
      unitId={detail.unit.id}
      open={open}
      onClose={onClose}
      name="hire-approval"
      title={t('staff.hireApproval')}
      okText={t('staff.hireApproval.submit')}
      hint={t('staff.hireApproval.hint')}
      width={560}
      initialValues={{
        staffingType: detail.staffing[0]?.staffingType ?? 'institutional',
        issuedOn: dayjs(),
      }}
      edit={recordHireApproval}
      toInput={(v) => ({
        version: detail.unit.version,
        approvalNo: v.approvalNo.trim(),
        issuedOn: isoOf(v.issuedOn),
        staffingType: v.staffingType,
        personName: v.personName?.trim() || null,
        note: v.note?.trim() || null,
      })}
      successText={() => t('staff.hireApproval.done')}
    >
      {(form) => (
        <>
          <div style={twoColumns}>
            <Form.Item
              label={t('staff.field.approvalNo')}
              name="approvalNo"
              required
              rules={[requiredTrimmed(2, t('staff.approvalNoRequired'))]}
            >
              <Input maxLength={80} placeholder={t('staff.field.approvalNoPlaceholder')} />
            </Form.Item>
            <Form.Item label={t('staff.field.issuedOn')} name="issuedOn" rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.staffingType !== b.staffingType}>
              {() => {
                const { quota, headcount } = figuresOf(detail, form.getFieldValue('staffingType'));
                return (
                  <Form.Item
                    label={t('staff.col.staffingType')}
                    name="staffingType"
                    rules={[{ required: true }]}
                    extra={t('staff.vacancy', { quota, headcount, free: Math.max(0, quota - headcount) })}
                  >
                    <Select options={vocabularyOptions(staffingTypes, label)} />
                  </Form.Item>
                );
              }}
            </Form.Item>
            <Form.Item label={t('staff.field.personName')} name="personName">
              <Input maxLength={50} placeholder={t('staff.field.personNamePlaceholder')} />
            </Form.Item>
          </div>
          <Form.Item label={t('staff.field.note')} name="note">
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
        </>
      )}
    </MovementModal>
  );
}
