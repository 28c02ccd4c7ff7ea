import { educationLevels, sexes } from '@bianping/core/imports/staff-vocabulary';
import type { UnitDetail } from '@bianping/core/registry';
import { fundingForms } from '@bianping/core/registry/vocabulary';
import { entryPersonProblem, personFactsOfIdNumber } from '@bianping/core/staff/movement-checks';
import { DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { isFutureDay, isoOf, twoColumns } from './movement-form.ts';

type Props = { detail: UnitDetail; form: FormInstance };

/**
 * The person an 入编 puts on the roster. The ID number is checked as the server checks it
 * (GB 11643 check character, real birth date); sex and birth date are filled in from it.
 */
export function StaffPersonFields({ detail, form }: Props) {
  const t = useT();
  const label = useLabel();
  const today = isoOf(dayjs());
  const bodies = detail.internalBodies.filter((b) => b.active).map((b) => ({ value: b.id, label: b.name }));

  const fillFromIdNumber = (value: string) => {
    if (entryPersonProblem({ idNumber: value }, today)) return;
    const facts = personFactsOfIdNumber(value);
    form.setFieldsValue({
      sex: facts.sex ?? undefined,
      birthDate: facts.birthDate ? dayjs(facts.birthDate) : undefined,
    });
  };

  return (
    <div style={twoColumns}>
      <Form.Item
        label={t('staff.col.name')}
        name="name"
        required
        rules={[requiredTrimmed(2, t('staff.nameRequired'))]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        label={t('staff.col.idNumber')}
        name="idNumber"
        required
        extra={t('staff.idNumberHint')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (!value?.trim()) throw new Error(t('staff.idNumberRequired'));
              const problem = entryPersonProblem({ idNumber: value }, today);
              if (problem) throw new Error(label(problem.message));
            },
          },
        ]}
      >
        <Input maxLength={18} onChange={(e) => fillFromIdNumber(e.target.value)} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('staff.col.sex')} name="sex">
        <Select allowClear options={vocabularyOptions(sexes, label)} />
      </Form.Item>
      <Form.Item
        label={t('staff.col.birthDate')}
        name="birthDate"
        dependencies={['idNumber']}
        rules={[
          {
            validator: async (_rule, value: dayjs.Dayjs | undefined) => {
              const idNumber: string = form.getFieldValue('idNumber') ?? '';
              const problem = entryPersonProblem({ idNumber, birthDate: value ? isoOf(value) : null }, today);
              if (problem?.field === 'birthDate') throw new Error(label(problem.message));
            },
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
      </Form.Item>
      <Form.Item label={t('staff.col.education')} name="education">
        <Select allowClear options={vocabularyOptions(educationLevels, label)} />
      </Form.Item>
      <Form.Item label={t('registry.field.fundingForm')} name="fundingForm">
        <Select allowClear options={vocabularyOptions(fundingForms, label)} />
      </Form.Item>
      <Form.Item label={t('staff.col.post')} name="post">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label={t('staff.col.grade')} name="grade">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label={t('staff.col.body')} name="internalBodyId">
        <Select allowClear options={bodies} disabled={bodies.length === 0} />
      </Form.Item>
    </div>
  );
}
