import { CheckCircleFilled, LoadingOutlined } from '@ant-design/icons';
import type { RuleOf } from '@bianping/core/indicators/rules';
import { Alert, Col, Flex, Input, Radio, Row, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { type ReactNode, useRef, useState } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { UnitSelect } from '../../../components/UnitSelect.tsx';
import { FormulaCatalogue } from './FormulaCatalogue.tsx';
import { FormulaSource } from './FormulaSource.tsx';
import { ParamField } from './ParamField.tsx';
import { useFormulaCheck } from './useFormulaCheck.ts';

type Rule = RuleOf<'formula'>;
type Props = {
  rule: Rule;
  onChange: (rule: Rule) => void;
  readOnly: boolean;
  /** Whether the user may read the registry, and so try the formula on a real unit. */
  canPickUnit: boolean;
};

type FieldProps = {
  expression: string;
  onChange: (expression: string) => void;
  readOnly: boolean;
  canPickUnit: boolean;
  /** The field's label (公式 by default) and the settings shown below it. */
  label?: string;
  children?: ReactNode;
};

const round = (value: number) => String(Math.round(value * 10000) / 10000);

/** 公式计算: the rule's formula and whether its result is a share of the points or the points. */
export function FormulaEditor({ rule, onChange, readOnly, canPickUnit }: Props) {
  const t = useT();
  return (
    <FormulaExpressionField
      expression={rule.expression}
      onChange={(expression) => onChange({ ...rule, expression })}
      readOnly={readOnly}
      canPickUnit={canPickUnit}
    >
      <ParamField label={t('indicators.formula.output')}>
        {(id) => (
          <Radio.Group
            id={id}
            disabled={readOnly}
            value={rule.output}
            onChange={(e) => onChange({ ...rule, output: e.target.value })}
            options={[
              { value: 'fraction', label: t('indicators.formula.outputFraction') },
              { value: 'points', label: t('indicators.formula.outputPoints') },
            ]}
          />
        )}
      </ParamField>
    </FormulaExpressionField>
  );
}

/**
 * A formula on registry measures (a formula rule's, or a leaf's 台账取数): the expression,
 * checked on the server as it is typed (errors marked where they are), its value on a unit
 * picked from the registry or on the fictional sample unit, and the catalogue of measures and
 * functions beside it — never evaluated with `eval` anywhere.
 */
export function FormulaExpressionField({
  expression,
  onChange,
  readOnly,
  canPickUnit,
  label: fieldLabel,
  children,
}: FieldProps) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const input = useRef<TextAreaRef>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const check = useFormulaCheck(expression, unitId, !readOnly);
  const result = check.data;
  const offset = Math.max(0, expression.indexOf(check.checked));

  const textarea = () => input.current?.resizableTextArea?.textArea;
  const select = (start: number, end: number) => {
    const el = textarea();
    if (!el) return;
    el.focus();
    el.setSelectionRange(offset + start, offset + Math.max(end, start + 1));
  };
  const insert = (text: string) => {
    const el = textarea();
    const at = el?.selectionStart ?? expression.length;
    const to = el?.selectionEnd ?? at;
    onChange(expression.slice(0, at) + text + expression.slice(to));
    // After React writes the new value, put the cursor inside the brackets of a call.
    const cursor = at + (text.endsWith('()') ? text.length - 1 : text.length);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(cursor, cursor);
    });
  };

  const status = () => {
    if (readOnly || !expression.trim()) return null;
    if (check.error) return <Alert type="error" showIcon title={errorText(check.error)} />;
    if (!result) return <LoadingOutlined aria-label={t('indicators.formula.checking')} />;
    if (!result.ok) {
      return (
        <Alert
          type="error"
          showIcon
          title={t('indicators.formula.invalid', { count: result.errors.length })}
          description={
            <Flex vertical gap={4}>
              <FormulaSource source={check.checked} errors={result.errors} />
              {result.errors.map((e) => (
                <Typography.Link key={`${e.start}-${e.code}`} onClick={() => select(e.start, e.end)}>
                  {label(e.message)}
                </Typography.Link>
              ))}
            </Flex>
          }
        />
      );
    }
    return (
      <Flex vertical gap={4} role="status">
        <Typography.Text type="success">
          <CheckCircleFilled />{' '}
          {t('indicators.formula.valid', { measures: result.measures.join('、') || '—' })}
        </Typography.Text>
        <Typography.Text>
          {result.value !== null
            ? t(unitId ? 'indicators.formula.valueOnUnit' : 'indicators.formula.valueOnSample', {
                value: round(result.value),
              })
            : label(result.evaluationError?.message ?? { zh: '—', en: '—' })}
        </Typography.Text>
      </Flex>
    );
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Flex vertical gap={12}>
          <ParamField label={fieldLabel ?? t('indicators.formula.expression')}>
            {(id) => (
              <Input.TextArea
                id={id}
                ref={input}
                value={expression}
                readOnly={readOnly}
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={500}
                spellCheck={false}
                style={{ fontFamily: 'var(--ant-font-family-code, monospace)' }}
                onChange={(e) => onChange(e.target.value)}
              />
            )}
          </ParamField>
          {children}
          {!readOnly && canPickUnit && (
            <ParamField label={t('indicators.formula.unit')} hint={t('indicators.formula.unitHint')}>
              {(id) => <UnitSelect id={id} value={unitId} onChange={setUnitId} />}
            </ParamField>
          )}
          {status()}
        </Flex>
      </Col>
      <Col xs={24} xl={10}>
        <FormulaCatalogue onInsert={readOnly ? undefined : insert} />
      </Col>
    </Row>
  );
}
