import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { RuleOf } from '@bianping/core/indicators/rules';
import { Button, Input, Table } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../indicator-labels.ts';
import { PercentInput } from './number-inputs.tsx';

type Rule = RuleOf<'grade'>;
type Level = Rule['levels'][number];
type Props = { rule: Rule; maxPoints: number; onChange: (rule: Rule) => void; readOnly: boolean };

const MAX_LEVELS = 10;

/** 等次: from best to worst, each with its Chinese and English label and its share of the points. */
export function GradeLevelsEditor({ rule, maxPoints, onChange, readOnly }: Props) {
  const t = useT();
  const setLevel = (index: number, change: Partial<Level>) =>
    onChange({ ...rule, levels: rule.levels.map((l, i) => (i === index ? { ...l, ...change } : l)) });
  const rows = rule.levels.map((level, index) => ({ level, index }));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="index"
      dataSource={rows}
      style={{ maxWidth: 640 }}
      footer={
        readOnly
          ? undefined
          : () => (
              <Button
                size="small"
                icon={<PlusOutlined />}
                disabled={rule.levels.length >= MAX_LEVELS}
                onClick={() =>
                  onChange({ ...rule, levels: [...rule.levels, { label: { zh: '', en: '' }, fraction: 0 }] })
                }
              >
                {t('indicators.rule.addGrade')}
              </Button>
            )
      }
      columns={[
        {
          title: t('indicators.rule.gradeLabel'),
          key: 'zh',
          render: (_, { level, index }) => (
            <Input
              aria-label={t('indicators.rule.gradeLabelN', { n: index + 1 })}
              value={level.label.zh}
              maxLength={20}
              disabled={readOnly}
              onChange={(e) => setLevel(index, { label: { ...level.label, zh: e.target.value } })}
            />
          ),
        },
        {
          title: t('indicators.rule.gradeLabelEn'),
          key: 'en',
          render: (_, { level, index }) => (
            <Input
              aria-label={t('indicators.rule.gradeLabelEnN', { n: index + 1 })}
              value={level.label.en}
              maxLength={40}
              disabled={readOnly}
              onChange={(e) => setLevel(index, { label: { ...level.label, en: e.target.value } })}
            />
          ),
        },
        {
          title: t('indicators.rule.gradeShare'),
          key: 'fraction',
          width: 140,
          render: (_, { level, index }) => (
            <PercentInput
              aria-label={t('indicators.rule.gradeShareN', { n: index + 1 })}
              value={level.fraction}
              disabled={readOnly}
              onChange={(v) => setLevel(index, { fraction: v ?? 0 })}
            />
          ),
        },
        {
          title: t('indicators.rule.gradePoints'),
          key: 'points',
          width: 80,
          align: 'right',
          render: (_, { level }) => formatPoints(level.fraction * maxPoints),
        },
        ...(readOnly
          ? []
          : [
              {
                key: 'remove',
                width: 48,
                render: (_: unknown, { index }: { index: number }) => (
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('indicators.rule.removeGrade', { n: index + 1 })}
                    disabled={rule.levels.length <= 2}
                    onClick={() => onChange({ ...rule, levels: rule.levels.filter((_, i) => i !== index) })}
                  />
                ),
              },
            ]),
      ]}
    />
  );
}
