import type { EducationLevel, Sex } from '@bianping/core/imports/staff-vocabulary';
import type { UnitDetail } from '@bianping/core/registry';
import { type FundingForm, type StaffingType, staffingTypes } from '@bianping/core/registry/vocabulary';
import { PERSON_NOT_YET_NAMED, type StaffMovement } from '@bianping/core/staff';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, type FormInstance, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { queryKeys } from '../../../api/keys.ts';
import { type EntryInput, listMovements, recordEntry } from '../../../api/staff.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { MovementModal } from './MovementModal.tsx';
import { figuresOf, isFutureDay, isoOf, twoColumns } from './movement-form.ts';
import { StaffPersonFields } from './StaffPersonFields.tsx';

const NO_APPROVAL = 'none';

type Values = {
  approval: string;
  staffingType: StaffingType;
  entryDate: Dayjs;
  docNo: string;
  name: string;
  idNumber: string;
  sex?: Sex;
  birthDate?: Dayjs;
  education?: EducationLevel;
  fundingForm?: FundingForm;
  post?: string;
  grade?: string;
  internalBodyId?: string;
};

type Props = {
  detail: UnitDetail;
  open: boolean;
  onClose: () => void;
  /** The open 用编核准 to use, when the form was opened from its row. */
  approval?: StaffMovement | undefined;
};

const openApprovalsQuery = { kind: 'hireApproval', state: 'open', pageSize: 200 } as const;

/**
 * 办理入编: a new person on the roster, normally on an open 用编核准 (whose staffing type it
 * takes). Without one the entry is still recorded and W02 flags it; past the quota the server
 * refuses it.
 */
export function StaffEntryModal({ detail, open, onClose, approval: chosen }: Props) {
  const t = useT();
  const label = useLabel();
  const unitId = detail.unit.id;
  const { data } = useQuery({
    queryKey: queryKeys.movements(unitId, openApprovalsQuery),
    queryFn: ({ signal }) => listMovements(unitId, openApprovalsQuery, signal),
    enabled: open,
  });
  // The chosen approval stays listed while the open ones load.
  const approvals = data?.items ?? (chosen ? [chosen] : []);
  const approvalOf = (id: string | undefined) => approvals.find((a) => a.id === id);
  const nameOf = (a: StaffMovement) =>
    a.personName === PERSON_NOT_YET_NAMED ? t('staff.notYetNamed') : a.personName;

  const onApproval = (form: FormInstance<Values>, id: string) => {
    const approval = approvalOf(id);
    if (!approval) return;
    form.setFieldsValue({ staffingType: approval.staffingType });
    if (!form.getFieldValue('name') && approval.personName !== PERSON_NOT_YET_NAMED) {
      form.setFieldsValue({ name: approval.personName });
    }
  };

  return (
    <MovementModal<Values, EntryInput>
      unitId={unitId}
      open={open}
      onClose={onClose}
      name="staff-entry"
      title={t('staff.entry')}
      okText={t('staff.entry.submit')}
      hint={t('staff.entry.hint')}
      width={720}
      initialValues={{
        approval: chosen?.id,
        staffingType: chosen?.staffingType ?? detail.staffing[0]?.staffingType ?? 'institutional',
        name: chosen && chosen.personName !== PERSON_NOT_YET_NAMED ? chosen.personName : undefined,
        entryDate: dayjs(),
        fundingForm: detail.unit.fundingForm,
      }}
      edit={recordEntry}
      toInput={(v) => ({
        version: detail.unit.version,
        hireApprovalId: v.approval === NO_APPROVAL ? null : v.approval,
        docNo: v.docNo.trim(),
        entryDate: isoOf(v.entryDate),
        name: v.name.trim(),
        idNumber: v.idNumber.trim(),
        sex: v.sex ?? null,
        birthDate: v.birthDate ? isoOf(v.birthDate) : null,
        education: v.education ?? null,
        staffingType: v.staffingType,
        fundingForm: v.fundingForm ?? null,
        post: v.post?.trim() || null,
        grade: v.grade?.trim() || null,
        internalBodyId: v.internalBodyId ?? null,
      })}
      successText={(v) => t('staff.entry.done', { name: v.name.trim() })}
    >
      {(form) => (
        <>
          <Form.Item
            label={t('staff.field.hireApproval')}
            name="approval"
            rules={[{ required: true, message: t('staff.approvalRequired') }]}
          >
            <Select
              placeholder={t('staff.field.hireApprovalPlaceholder')}
              onChange={(id: string) => onApproval(form, id)}
              options={[
                ...approvals.map((a) => ({
                  value: a.id,
                  label: t('staff.field.approvalOption', {
                    no: a.approvalNo ?? '',
                    date: a.eventDate,
                    type: label(staffingTypes.labels[a.staffingType]),
                    person: nameOf(a),
                  }),
                })),
                { value: NO_APPROVAL, label: t('staff.field.noApproval') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const approval = approvalOf(form.getFieldValue('approval'));
              const { quota, headcount } = figuresOf(detail, form.getFieldValue('staffingType'));
              return (
                <div style={twoColumns}>
                  <Form.Item
                    label={t('staff.col.staffingType')}
                    name="staffingType"
                    rules={[{ required: true }]}
                    extra={
                      <Typography.Text type={headcount >= quota ? 'danger' : 'secondary'}>
                        {t(headcount >= quota ? 'staff.entryFull' : 'staff.entryFigures', {
                          quota,
                          headcount,
                        })}
                      </Typography.Text>
                    }
                  >
                    <Select options={vocabularyOptions(staffingTypes, label)} disabled={!!approval} />
                  </Form.Item>
                  <Form.Item label={t('staff.col.entryDate')} name="entryDate" rules={[{ required: true }]}>
                    <DatePicker
                      style={{ width: '100%' }}
                      disabledDate={(day) =>
                        isFutureDay(day) || (!!approval && day.isBefore(dayjs(approval.eventDate), 'day'))
                      }
                    />
                  </Form.Item>
                </div>
              );
            }}
          </Form.Item>
          <Form.Item
            label={t('staff.field.entryDocNo')}
            name="docNo"
            required
            rules={[requiredTrimmed(2, t('staff.docNoRequired'))]}
          >
            <Input maxLength={80} placeholder={t('staff.field.entryDocNoPlaceholder')} />
          </Form.Item>
          <StaffPersonFields detail={detail} form={form} />
        </>
      )}
    </MovementModal>
  );
}
