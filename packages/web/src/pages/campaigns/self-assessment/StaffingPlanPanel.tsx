import {
  type StaffingPlan,
  StaffingPlanSchema,
  selfAssessmentLimits,
} from '@bianping/core/campaigns/self-assessment';
import { type StaffingType, staffingTypes } from '@bianping/core/registry/vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { type SelfAssessmentForm, saveStaffingPlan } from '../../../api/self-assessment.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

type Figures = { plannedHires: number; plannedDepartures: number };
const cellKey = (year: number, type: StaffingType) => `${year}|${type}`;

/** The plan as the table edits it: a figure pair per year and type. */
function cellsOf(plan: StaffingPlan | null): Map<string, Figures> {
  return new Map(
    (plan?.rows ?? []).map((r) => [
      cellKey(r.year, r.staffingType),
      { plannedHires: r.plannedHires, plannedDepartures: r.plannedDepartures },
    ]),
  );
}

/**
 * 用编计划: planned hires and departures per year (3–5 years) and staffing type, with the unit's
 * reasoning; saved as a whole on the plan's own version.
 */
export function StaffingPlanPanel({ form, editable }: { form: SelfAssessmentForm; editable: boolean }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = queryKeys.selfAssessment(form.campaign.id, form.unit.id);
  const [startYear, setStartYear] = useState(form.staffingPlan?.startYear ?? form.campaign.year + 1);
  const [years, setYears] = useState(form.staffingPlan?.years ?? 3);
  const [cells, setCells] = useState(() => cellsOf(form.staffingPlan));
  const [reasoning, setReasoning] = useState(form.staffingPlan?.reasoning ?? '');
  const yearList = Array.from({ length: years }, (_, i) => startYear + i);

  const plan: StaffingPlan = {
    startYear,
    years,
    reasoning,
    rows: yearList.flatMap((year) =>
      staffingTypes.codes.flatMap((staffingType) => {
        const f = cells.get(cellKey(year, staffingType));
        return f && (f.plannedHires || f.plannedDepartures) ? [{ year, staffingType, ...f }] : [];
      }),
    ),
  };

  const save = useMutation({
    mutationFn: () => saveStaffingPlan(form.campaign.id, form.unit.id, plan, form.staffingPlanVersion),
    onSuccess: (saved) => {
      queryClient.setQueryData<SelfAssessmentForm>(key, (f) =>
        f ? { ...f, staffingPlan: saved.plan, staffingPlanVersion: saved.version, phase: saved.phase } : f,
      );
      void message.success(t('campaigns.saved'));
    },
    onError: (error) => {
      if (isApiError(error, 'E_STALE_VERSION')) {
        void message.warning(t('campaigns.self.planStale'));
        void queryClient.invalidateQueries({ queryKey: key });
      } else void message.error(errorText(error));
    },
  });

  const onSave = () => {
    const checked = StaffingPlanSchema.safeParse(plan);
    if (!checked.success) {
      void message.error(checked.error.issues[0]?.message ?? t('error.unexpected'));
      return;
    }
    save.mutate();
  };

  const setFigure = (year: number, type: StaffingType, field: keyof Figures, value: number | null) =>
    setCells((map) => {
      const next = new Map(map);
      const old = next.get(cellKey(year, type)) ?? { plannedHires: 0, plannedDepartures: 0 };
      next.set(cellKey(year, type), { ...old, [field]: value ?? 0 });
      return next;
    });

  const figure = (year: number, type: StaffingType, field: keyof Figures) => (
    <InputNumber<number>
      size="small"
      min={0}
      max={selfAssessmentLimits.planFigureMax}
      precision={0}
      disabled={!editable}
      aria-label={`${year} ${label(staffingTypes.labels[type])} ${t(`campaigns.self.plan.${field}`)}`}
      value={cells.get(cellKey(year, type))?.[field] ?? 0}
      onChange={(v) => setFigure(year, type, field, v)}
      style={{ width: 72 }}
    />
  );

  return (
    <Form layout="vertical">
      <Flex gap={16} wrap>
        <Form.Item label={t('campaigns.self.plan.startYear')}>
          <InputNumber<number>
            min={2000}
            max={2100}
            disabled={!editable}
            value={startYear}
            onChange={(v) => v && setStartYear(v)}
          />
        </Form.Item>
        <Form.Item label={t('campaigns.self.plan.years')}>
          <Select
            disabled={!editable}
            value={years}
            style={{ width: 120 }}
            onChange={setYears}
            options={[3, 4, 5].map((n) => ({ value: n, label: t('campaigns.self.plan.yearsN', { n }) }))}
          />
        </Form.Item>
      </Flex>
      <Table
        size="small"
        rowKey={(year) => year}
        pagination={false}
        bordered
        scroll={{ x: true }}
        dataSource={yearList}
        columns={[
          { title: t('campaigns.self.plan.year'), key: 'year', render: (_, year) => year, fixed: 'left' },
          ...staffingTypes.codes.map((type) => ({
            title: label(staffingTypes.labels[type]),
            key: type,
            children: (['plannedHires', 'plannedDepartures'] as const).map((field) => ({
              title: t(`campaigns.self.plan.${field}`),
              key: `${type}-${field}`,
              render: (_: unknown, year: number) => figure(year, type, field),
            })),
          })),
        ]}
      />
      <Form.Item label={t('campaigns.self.plan.reasoning')} style={{ marginTop: 16 }}>
        <Input.TextArea
          disabled={!editable}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={selfAssessmentLimits.reasoningMax}
          showCount
          value={reasoning}
          onChange={(e) => setReasoning(e.target.value)}
        />
      </Form.Item>
      {editable && (
        <Button type="primary" loading={save.isPending} onClick={onSave}>
          {t('campaigns.self.plan.save')}
        </Button>
      )}
    </Form>
  );
}
