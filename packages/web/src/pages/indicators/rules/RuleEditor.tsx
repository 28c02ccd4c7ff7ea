import { type ScoringRule, ScoringRuleSchema } from '@bianping/core/indicators/rules';
import { describeRule } from '@bianping/core/indicators/rules/describe';
import { defaultRule, ruleKindsForRole } from '@bianping/core/indicators/rules/kinds';
import type { IndicatorRole, RuleKind } from '@bianping/core/indicators/vocabulary';
import { ruleKinds } from '@bianping/core/indicators/vocabulary';
import { describeIssue } from '@bianping/core/validation';
import { Alert, Flex, Select } from 'antd';
import { useMemo } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { ParamField } from './ParamField.tsx';
import { RuleParams } from './RuleParams.tsx';

type Props = {
  /** Set by the form item. */
  value?: ScoringRule | null;
  onChange?: (rule: ScoringRule | null) => void;
  role: IndicatorRole;
  maxPoints: number;
  readOnly: boolean;
  canPickUnit: boolean;
};

/** The problems of a rule as the server would report them, or none. */
export function ruleIssues(rule: ScoringRule | null) {
  if (!rule) return [];
  const parsed = ScoringRuleSchema.safeParse(rule);
  return parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(issue));
}

/**
 * 计分规则 of a leaf: the kinds its role allows, the parameters of the chosen kind, and the
 * plain-language description generated from them (the one score sheets print), kept in step
 * as the parameters change.
 */
export function RuleEditor({ value = null, onChange, role, maxPoints, readOnly, canPickUnit }: Props) {
  const t = useT();
  const label = useLabel();
  const kinds = ruleKindsForRole(role);
  const issues = useMemo(() => ruleIssues(value), [value]);
  const description = value && issues.length === 0 ? describeRule(value, maxPoints) : null;

  return (
    <Flex vertical gap={12}>
      <ParamField label={t('indicators.rule.kind')}>
        {(id) => (
          <Select<RuleKind>
            id={id}
            disabled={readOnly}
            value={value?.kind}
            placeholder={t('indicators.rule.kindPlaceholder')}
            // All options rendered: a short list, and every one reachable by name.
            virtual={false}
            style={{ width: 260 }}
            options={kinds.map((k) => ({ value: k, label: label(ruleKinds.labels[k]) }))}
            onChange={(kind) => onChange?.(defaultRule(kind))}
          />
        )}
      </ParamField>
      {value && (
        <RuleParams
          rule={value}
          maxPoints={maxPoints}
          readOnly={readOnly}
          canPickUnit={canPickUnit}
          onChange={(rule) => onChange?.(rule)}
        />
      )}
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('indicators.rule.invalid')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {issues.map((issue) => (
                <li key={issue.zh}>{label(issue)}</li>
              ))}
            </ul>
          }
        />
      )}
      {description && (
        <Alert
          type="info"
          showIcon
          title={t('indicators.rule.description')}
          description={<span data-testid="rule-description">{label(description)}</span>}
        />
      )}
    </Flex>
  );
}
