import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import { InputNumber, Radio, Select } from 'antd';
import type { SelfFormNode } from '../../../api/self-assessment.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../../indicators/indicator-labels.ts';

/** What the rule lets the scorer enter (core `ruleInputBounds`, as the form sends it). */
type InputBounds = NonNullable<SelfFormNode['bounds']>;

type Props = {
  bounds: InputBounds;
  value: ScoreInput;
  onChange: (value: ScoreInput) => void;
  disabled?: boolean;
  /** Names the control for screen readers and tests ("1.2.3 自评得分"). */
  ariaLabel: string;
};

/** A percent shown as 0–100 while the entry stores the rate as 0–1, as the rules read it. */
const toPercent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : Math.round(rate * 10000) / 100;

/**
 * The one input a rule asks of the scorer: points within [0, max], a grade among the rule's
 * levels, a whole number of cases, a value, a percentage, or whether a veto event occurred.
 * Out-of-range numbers cannot be typed, so a save never fails on bounds.
 */
export function ScoreInputControl({ bounds, value, onChange, disabled, ariaLabel }: Props) {
  const t = useT();
  const label = useLabel();
  const common = { disabled, 'aria-label': ariaLabel, style: { width: 200 } };
  switch (bounds.input) {
    case 'points':
      return (
        <InputNumber<number>
          {...common}
          min={0}
          max={bounds.max}
          step={0.5}
          value={value.points ?? null}
          addonAfter={t('campaigns.self.points.of', { max: formatPoints(bounds.max) })}
          onChange={(points) => onChange({ points })}
        />
      );
    case 'grade':
      return (
        <Select
          {...common}
          allowClear
          placeholder={t('campaigns.self.grade.choose')}
          value={value.grade ?? undefined}
          options={bounds.levels.map((l) => ({ value: l.label.zh, label: label(l.label) || l.label.zh }))}
          onChange={(grade?: string) => onChange({ grade: grade ?? null })}
        />
      );
    case 'cases':
      return (
        <InputNumber<number>
          {...common}
          min={0}
          max={bounds.max}
          precision={0}
          value={value.cases ?? null}
          addonAfter={t('campaigns.self.cases.unit')}
          onChange={(cases) => onChange({ cases })}
        />
      );
    case 'rate':
      return (
        <InputNumber<number>
          {...common}
          min={0}
          max={100}
          step={1}
          value={toPercent(value.rate)}
          addonAfter="%"
          onChange={(percent) => onChange({ rate: percent === null ? null : percent / 100 })}
        />
      );
    case 'value':
      return (
        <InputNumber<number>
          {...common}
          value={value.value ?? null}
          onChange={(v) => onChange({ value: v })}
        />
      );
    case 'triggered':
      return (
        <Radio.Group
          disabled={disabled}
          aria-label={ariaLabel}
          value={value.triggered ?? undefined}
          onChange={(e) => onChange({ triggered: e.target.value as boolean })}
          options={[
            { value: false, label: t('campaigns.self.triggered.no') },
            { value: true, label: t('campaigns.self.triggered.yes') },
          ]}
        />
      );
  }
}
