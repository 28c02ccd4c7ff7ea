import type { BaseRule, ScoringRule } from '@bianping/core/indicators/rules';
import { defaultRule, ruleKindsForRole } from '@bianping/core/indicators/rules/kinds';
import { ruleKinds, vetoEffects } from '@bianping/core/indicators/vocabulary';
import { Flex, Radio, Select, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { FormulaEditor } from './FormulaEditor.tsx';
import { GradeLevelsEditor } from './GradeLevelsEditor.tsx';
import { PercentInput, PointsInput } from './number-inputs.tsx';
import { ParamField } from './ParamField.tsx';
import { RankFields } from './RankFields.tsx';
import { ThresholdFields } from './ThresholdFields.tsx';
import { TiersEditor } from './TiersEditor.tsx';

export type RuleParamsProps<R extends ScoringRule = ScoringRule> = {
  rule: R;
  maxPoints: number;
  onChange: (rule: R) => void;
  readOnly: boolean;
  canPickUnit: boolean;
};

/** What `fallbackAverage` may wrap: every scored rule but itself. */
const baseKinds = ruleKindsForRole('scored').filter((k) => k !== 'fallbackAverage');

/** The parameter form of a rule's kind (the kind itself is chosen above it). */
export function RuleParams(props: RuleParamsProps) {
  const t = useT();
  const label = useLabel();
  const { rule, onChange, readOnly, maxPoints } = props;
  switch (rule.kind) {
    case 'manual':
      return <Typography.Text type="secondary">{t('indicators.rule.manualHint')}</Typography.Text>;
    case 'grade':
      return <GradeLevelsEditor rule={rule} maxPoints={maxPoints} onChange={onChange} readOnly={readOnly} />;
    case 'deductTiered':
      return <TiersEditor rule={rule} onChange={onChange} readOnly={readOnly} />;
    case 'thresholdLinear':
      return <ThresholdFields rule={rule} onChange={onChange} readOnly={readOnly} />;
    case 'rankPoints':
    case 'rankFromBottom':
      return <RankFields rule={rule} maxPoints={maxPoints} onChange={onChange} readOnly={readOnly} />;
    case 'formula':
      return (
        <FormulaEditor rule={rule} onChange={onChange} readOnly={readOnly} canPickUnit={props.canPickUnit} />
      );
    case 'deductPerCase':
      return (
        <Flex gap={16} wrap>
          <ParamField label={t('indicators.rule.perCaseDeduct')}>
            {(id) => (
              <PointsInput
                id={id}
                disabled={readOnly}
                value={rule.pointsPerCase}
                onChange={(v) => onChange({ ...rule, pointsPerCase: v ?? 0 })}
              />
            )}
          </ParamField>
          <ParamField label={t('indicators.rule.maxDeduction')} hint={t('indicators.rule.maxDeductionHint')}>
            {(id) => (
              <PointsInput
                id={id}
                disabled={readOnly}
                value={rule.maxDeduction}
                onChange={(v) => onChange({ ...rule, maxDeduction: v || null })}
              />
            )}
          </ParamField>
        </Flex>
      );
    case 'bonusPerCase':
      return (
        <ParamField label={t('indicators.rule.perCaseBonus')} hint={t('indicators.rule.bonusCapHint')}>
          {(id) => (
            <PointsInput
              id={id}
              disabled={readOnly}
              value={rule.pointsPerCase}
              onChange={(v) => onChange({ ...rule, pointsPerCase: v ?? 0 })}
            />
          )}
        </ParamField>
      );
    case 'proportionalToBest':
      return (
        <Radio.Group
          disabled={readOnly}
          value={rule.higherIsBetter}
          onChange={(e) => onChange({ ...rule, higherIsBetter: e.target.value })}
          options={[
            { value: true, label: t('indicators.rule.higherBetter') },
            { value: false, label: t('indicators.rule.lowerBetter') },
          ]}
        />
      );
    case 'surveyRate':
      return (
        <Flex gap={16} wrap>
          <ParamField label={t('indicators.rule.fullRate')}>
            {(id) => (
              <PercentInput
                id={id}
                disabled={readOnly}
                value={rule.fullRate}
                onChange={(v) => onChange({ ...rule, fullRate: v ?? 0 })}
              />
            )}
          </ParamField>
          <ParamField label={t('indicators.rule.zeroRate')}>
            {(id) => (
              <PercentInput
                id={id}
                disabled={readOnly}
                value={rule.zeroRate}
                onChange={(v) => onChange({ ...rule, zeroRate: v ?? 0 })}
              />
            )}
          </ParamField>
        </Flex>
      );
    case 'fallbackAverage':
      return (
        <Flex vertical gap={12}>
          <ParamField label={t('indicators.rule.baseKind')} hint={t('indicators.rule.baseKindHint')}>
            {(id) => (
              <Select
                id={id}
                disabled={readOnly}
                value={rule.base.kind}
                // All options rendered: a short list, and every one reachable by name.
                virtual={false}
                style={{ width: 240 }}
                options={baseKinds.map((k) => ({ value: k, label: label(ruleKinds.labels[k]) }))}
                onChange={(kind) => onChange({ ...rule, base: defaultRule(kind) as BaseRule })}
              />
            )}
          </ParamField>
          <RuleParams
            {...props}
            rule={rule.base}
            onChange={(base) => onChange({ ...rule, base: base as BaseRule })}
          />
        </Flex>
      );
    case 'veto':
      return (
        <Radio.Group
          disabled={readOnly}
          value={rule.effect}
          onChange={(e) => onChange({ ...rule, effect: e.target.value })}
          options={vocabularyOptions(vetoEffects, label)}
        />
      );
  }
}
