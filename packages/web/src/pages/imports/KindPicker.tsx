import { type ImportKind, importKinds } from '@bianping/core/imports';
import { Radio } from 'antd';
import { useLabel } from '../../app/i18n/LocaleContext.ts';
import { useImportTemplates } from './useImportTemplates.ts';

type Props = { value: ImportKind; onChange: (kind: ImportKind) => void; disabled?: boolean };

/** The six registry sheets: 单位, 编制与实有, 实名制人员, 领导职数, 工作量, 同类机构. */
export function KindPicker({ value, onChange, disabled }: Props) {
  const label = useLabel();
  const { byKind } = useImportTemplates();
  return (
    <Radio.Group
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as ImportKind)}
      optionType="button"
      buttonStyle="solid"
      options={importKinds.map((kind) => {
        const info = byKind.get(kind);
        return { value: kind, label: info ? label(info.label) : kind };
      })}
    />
  );
}
