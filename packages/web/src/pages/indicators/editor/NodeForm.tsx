import { indicatorLimits } from '@bianping/core/indicators';
import {
  evidenceTypes,
  indicatorDimensions,
  indicatorRoles,
  indicatorSources,
} from '@bianping/core/indicators/vocabulary';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { IndicatorDetailNode } from '../../../api/indicators.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { formatPoints } from '../indicator-labels.ts';
import { RuleEditor, ruleIssues } from '../rules/RuleEditor.tsx';
import { CheckpointsField } from './CheckpointsField.tsx';
import { type NodeValues, readsRegistryData, ruleForRole, valuesOfNode } from './node-values.ts';
import { RegistryFormulaField } from './RegistryFormulaField.tsx';

type Props = {
  node: IndicatorDetailNode;
  /** The sum of the children's points, for a group; null for a leaf. */
  childrenSum: number | null;
  readOnly: boolean;
  canPickUnit: boolean;
  saving: boolean;
  onSave: (values: NodeValues) => void;
  onDirtyChange: (dirty: boolean) => void;
};

/**
 * The content of one indicator: name, role, points, 评估要点, guidance, evidence, sources and
 * (for a leaf) its scoring rule and, where the registry scores it, its 台账取数公式. The form
 * follows the stored node: it resets when the node is saved or reloaded, and reports unsaved
 * changes so that switching nodes can ask first.
 */
export function NodeForm({ node, childrenSum, readOnly, canPickUnit, saving, onSave, onDirtyChange }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<NodeValues>();
  const stored = useMemo(() => valuesOfNode(node), [node]);
  const storedJson = JSON.stringify(stored);
  const role = Form.useWatch('role', form) ?? node.role;
  const maxPoints = Form.useWatch('maxPoints', form) ?? node.maxPoints;
  const isGroup = childrenSum !== null;
  const sources = Form.useWatch('sources', form) ?? node.sources;
  const rule = Form.useWatch('rule', form) ?? node.rule;
  const registryFormula = Form.useWatch('registryFormula', form) ?? node.registryFormula;
  const showRegistryFormula = !isGroup && (Boolean(registryFormula) || readsRegistryData(sources, rule));

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(JSON.parse(storedJson) as NodeValues);
    onDirtyChange(false);
  }, [form, storedJson, onDirtyChange]);

  return (
    <Form<NodeValues>
      form={form}
      name="indicator-node"
      layout="vertical"
      disabled={readOnly}
      initialValues={stored}
      onValuesChange={(changed: Partial<NodeValues>) => {
        onDirtyChange(true);
        if (changed.role) {
          form.setFieldValue('rule', ruleForRole(form.getFieldValue('rule'), changed.role));
          if (changed.role === 'veto') form.setFieldValue('maxPoints', 0);
        }
      }}
      onFinish={onSave}
    >
      <Flex gap={16} wrap>
        <Form.Item
          label={t('indicators.node.name')}
          name="name"
          rules={[{ required: true, whitespace: true, max: indicatorLimits.nameMax }]}
          style={{ flex: '1 1 320px' }}
        >
          <Input maxLength={indicatorLimits.nameMax} />
        </Form.Item>
        <Form.Item label={t('indicators.node.role')} name="role">
          <Radio.Group options={vocabularyOptions(indicatorRoles, label)} optionType="button" />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap align="flex-start">
        {role !== 'veto' && (
          <Form.Item
            label={role === 'bonus' ? t('indicators.node.bonusMax') : t('indicators.node.maxPoints')}
            name="maxPoints"
            rules={[{ required: true }]}
            extra={
              isGroup && role === 'scored' ? (
                <Flex gap={8} align="center">
                  <span>{t('indicators.node.childrenSum', { points: formatPoints(childrenSum) })}</span>
                  {!readOnly && childrenSum !== maxPoints && (
                    <Typography.Link
                      onClick={() => {
                        form.setFieldValue('maxPoints', childrenSum);
                        onDirtyChange(true);
                      }}
                    >
                      {t('indicators.node.useChildrenSum')}
                    </Typography.Link>
                  )}
                </Flex>
              ) : undefined
            }
          >
            <InputNumber<number> min={0} max={1000} step={0.5} precision={2} style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item label={t('indicators.node.dimension')} name="dimension">
          <Select
            allowClear
            placeholder={t('indicators.node.dimensionNone')}
            style={{ width: 160 }}
            options={vocabularyOptions(indicatorDimensions, label)}
          />
        </Form.Item>
      </Flex>
      <CheckpointsField readOnly={readOnly} />
      <Form.Item label={t('indicators.node.guidance')} name="guidance">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={indicatorLimits.guidanceMax} />
      </Form.Item>
      <Form.Item label={t('indicators.node.sources')} name="sources">
        <Checkbox.Group options={vocabularyOptions(indicatorSources, label)} />
      </Form.Item>
      <Form.Item label={t('indicators.node.evidence')} name="evidenceTypes">
        <Checkbox.Group options={vocabularyOptions(evidenceTypes, label)} />
      </Form.Item>
      {isGroup ? (
        <Typography.Paragraph type="secondary">{t('indicators.node.groupHint')}</Typography.Paragraph>
      ) : (
        <Form.Item
          label={t('indicators.node.rule')}
          name="rule"
          rules={[
            {
              validator: async (_, rule: NodeValues['rule']) => {
                // The editor lists the problems itself; the form only refuses to save.
                if (ruleIssues(rule).length) throw new Error(t('indicators.rule.fixFirst'));
              },
            },
          ]}
        >
          <RuleEditor role={role} maxPoints={maxPoints} readOnly={readOnly} canPickUnit={canPickUnit} />
        </Form.Item>
      )}
      {showRegistryFormula && (
        <Form.Item name="registryFormula" style={{ marginTop: 8 }}>
          <RegistryFormulaField readOnly={readOnly} canPickUnit={canPickUnit} />
        </Form.Item>
      )}
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('indicators.node.save')}
        </Button>
      )}
    </Form>
  );
}
