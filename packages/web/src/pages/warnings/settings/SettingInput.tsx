import { unitKinds, unitRanks } from '@bianping/core/registry/vocabulary';
import { comparableRanks } from '@bianping/core/warnings/settings-api';
import { type RegionSettingKey, warningSettingFields } from '@bianping/core/warnings/settings-fields';
import { InputNumber, Select } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import type { FormValue } from './settings-values.ts';

type Props = {
  id?: string;
  settingKey: RegionSettingKey;
  value?: FormValue;
  onChange?: (value: FormValue) => void;
  disabled: boolean;
};

/** The input of one threshold, by its kind: a percentage, a whole number, or a list. */
export function SettingInput({ id, settingKey, value, onChange, disabled }: Props) {
  const t = useT();
  const label = useLabel();
  const kind = warningSettingFields[settingKey].kind;
  const common = { id, disabled, 'aria-label': label(warningSettingFields[settingKey].label) };
  switch (kind.type) {
    case 'rate':
      return (
        <InputNumber
          {...common}
          min={0}
          max={100}
          step={5}
          suffix="%"
          style={{ width: 160 }}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange?.(v)}
        />
      );
    case 'integer':
      return (
        <InputNumber
          {...common}
          min={kind.min}
          max={kind.max}
          precision={0}
          suffix={label(kind.unit)}
          style={{ width: 200 }}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange?.(v)}
        />
      );
    default: {
      const options: { value: string; label: string }[] =
        kind.type === 'unitKinds'
          ? vocabularyOptions(unitKinds, label)
          : comparableRanks.map((r) => ({ value: r, label: label(unitRanks.labels[r]) }));
      return (
        <Select
          {...common}
          mode="multiple"
          options={options}
          // The rank list is ordered: the order of choosing is the order from highest down.
          placeholder={kind.type === 'rankOrder' ? t('warnings.settings.rankOrderHint') : undefined}
          style={{ width: '100%', maxWidth: 560 }}
          value={Array.isArray(value) ? value : []}
          onChange={(v: string[]) => onChange?.(v)}
        />
      );
    }
  }
}
