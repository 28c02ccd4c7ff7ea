import type { RuleOf } from '@bianping/core/indicators/rules';
import { Flex, InputNumber, Radio, Switch } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PercentInput } from './number-inputs.tsx';
import { ParamField } from './ParamField.tsx';

type Rule = RuleOf<'thresholdLinear'>;
type Props = { rule: Rule; onChange: (rule: Rule) => void; readOnly: boolean };

/**
 * 达标线性扣分: a target (a ratio entered in %, an absolute value, or the peers' average), the
 * direction, and k points off per percentage point (or unit) short.
 */
export function ThresholdFields({ rule, onChange, readOnly }: Props) {
  const t = useT();
  const percent = rule.unit === 'percent';
  const peer = rule.target === 'peerAverage';
  return (
    <Flex gap={16} wrap align="flex-start">
      <ParamField label={t('indicators.rule.direction')}>
        {(id) => (
          <Radio.Group
            id={id}
            disabled={readOnly}
            value={rule.direction}
            onChange={(e) => onChange({ ...rule, direction: e.target.value })}
            options={[
              { value: 'atLeast', label: t('indicators.rule.atLeast') },
              { value: 'atMost', label: t('indicators.rule.atMost') },
            ]}
          />
        )}
      </ParamField>
      <ParamField label={t('indicators.rule.unit')}>
        {(id) => (
          <Radio.Group
            id={id}
            disabled={readOnly}
            value={rule.unit}
            onChange={(e) => onChange({ ...rule, unit: e.target.value })}
            options={[
              { value: 'percent', label: t('indicators.rule.unitPercent') },
              { value: 'absolute', label: t('indicators.rule.unitAbsolute') },
            ]}
          />
        )}
      </ParamField>
      <ParamField label={t('indicators.rule.target')}>
        {(id) => (
          <Flex gap={8} align="center">
            {!peer &&
              (percent ? (
                <PercentInput
                  id={id}
                  disabled={readOnly}
                  value={rule.target as number}
                  onChange={(v) => onChange({ ...rule, target: v ?? 0 })}
                />
              ) : (
                <InputNumber<number>
                  id={id}
                  disabled={readOnly}
                  value={rule.target as number}
                  onChange={(v) => onChange({ ...rule, target: v ?? 0 })}
                  style={{ width: 120 }}
                />
              ))}
            <Switch
              size="small"
              disabled={readOnly}
              checked={peer}
              onChange={(on) => onChange({ ...rule, target: on ? 'peerAverage' : percent ? 0.2 : 0 })}
            />
            <span>{t('indicators.rule.peerAverage')}</span>
          </Flex>
        )}
      </ParamField>
      <ParamField label={percent ? t('indicators.rule.kPercent') : t('indicators.rule.kAbsolute')}>
        {(id) => (
          <InputNumber<number>
            id={id}
            disabled={readOnly}
            value={rule.pointsPerUnit}
            min={0}
            max={1000}
            step={0.1}
            onChange={(v) => onChange({ ...rule, pointsPerUnit: v ?? 0 })}
            style={{ width: 120 }}
          />
        )}
      </ParamField>
    </Flex>
  );
}
