import type { UnitDetail } from '@bianping/core/registry';
import type { StaffMovement } from '@bianping/core/staff';
import { exitReasons } from '@bianping/core/warnings';
import { DatePicker, Descriptions, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ProcessExitInput, processExit } from '../../../api/staff.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { MovementModal } from './MovementModal.tsx';
import { isFutureDay, isoOf, notBeforeLeaving, twoColumns } from './movement-form.ts';

type Values = { processedOn: Dayjs; docNo: string };

type Props = { detail: UnitDetail; leaving: StaffMovement | null; onClose: () => void };

/** 办理出编 on a recorded leaving: the person leaves the roster and the headcount drops. */
export function ProcessExitModal({ detail, leaving, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <MovementModal<Values, ProcessExitInput>
      unitId={detail.unit.id}
      open={leaving !== null}
      onClose={onClose}
      name="process-exit"
      title={t('staff.processExit')}
      okText={t('staff.processExit.submit')}
      width={560}
      initialValues={{ processedOn: dayjs() }}
      edit={processExit}
      toInput={(v) => ({
        movementId: leaving?.id ?? '',
        version: detail.unit.version,
        processedOn: isoOf(v.processedOn),
        docNo: v.docNo.trim(),
      })}
      successText={() => t('staff.exit.processed')}
    >
      {() =>
        leaving && (
          <>
            <Descriptions
              size="small"
              column={2}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'person', label: t('staff.col.person'), children: leaving.personName },
                {
                  key: 'reason',
                  label: t('staff.col.reason'),
                  children: leaving.reason ? label(exitReasons.labels[leaving.reason]) : '—',
                },
                { key: 'eventDate', label: t('staff.field.eventDate'), children: leaving.eventDate },
                { key: 'deadline', label: t('staff.col.deadline'), children: leaving.deadline ?? '—' },
              ]}
            />
            <div style={twoColumns}>
              <Form.Item
                label={t('staff.field.processedOn')}
                name="processedOn"
                rules={[{ required: true }, notBeforeLeaving(t, () => leaving.eventDate)]}
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
          </>
        )
      }
    </MovementModal>
  );
}
