import { Typography } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { FormulaExpressionField } from '../rules/FormulaEditor.tsx';

type Props = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  readOnly: boolean;
  canPickUnit: boolean;
};

/**
 * 台账取数公式 of a leaf: the registry formula whose result the leaf's rule reads as its value or
 * its number of cases, checked and tried on a unit as a formula rule is. Empty means none.
 */
export function RegistryFormulaField({ value, onChange, readOnly, canPickUnit }: Props) {
  const t = useT();
  return (
    <FormulaExpressionField
      label={t('indicators.node.registryFormula')}
      expression={value ?? ''}
      onChange={(expression) => onChange?.(expression.trim() ? expression : null)}
      readOnly={readOnly}
      canPickUnit={canPickUnit}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('indicators.node.registryFormulaHint')}
      </Typography.Text>
    </FormulaExpressionField>
  );
}
