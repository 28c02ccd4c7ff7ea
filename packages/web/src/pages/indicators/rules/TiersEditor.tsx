import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { RuleOf } from '@bianping/core/indicators/rules';
import { Button, Checkbox, Flex, InputNumber } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { PointsInput } from './number-inputs.tsx';

type Rule = RuleOf<'deductTiered'>;
type Tier = Rule['tiers'][number];
type Props = { rule: Rule; onChange: (rule: Rule) => void; readOnly: boolean };

/** 分档扣分: from n cases on, deduct x points or everything (一例扣 0.5 分，两例及以上不得分). */
export function TiersEditor({ rule, onChange, readOnly }: Props) {
  const t = useT();
  const setTier = (index: number, change: Partial<Tier>) =>
    onChange({ ...rule, tiers: rule.tiers.map((tier, i) => (i === index ? { ...tier, ...change } : tier)) });
  const last = rule.tiers[rule.tiers.length - 1];
  return (
    <Flex vertical gap={8}>
      {rule.tiers.map((tier, index) => (
        // Tiers have no identity of their own; their place is what the user edits.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Flex key={index} gap={8} align="center" wrap>
          <span>{t('indicators.rule.tierFrom')}</span>
          <InputNumber<number>
            aria-label={t('indicators.rule.tierAtLeastN', { n: index + 1 })}
            value={tier.atLeast}
            min={1}
            max={1000}
            precision={0}
            disabled={readOnly}
            onChange={(v) => setTier(index, { atLeast: v ?? 1 })}
            style={{ width: 90 }}
          />
          <span>{t('indicators.rule.tierCases')}</span>
          {tier.deduct === 'all' ? null : (
            <PointsInput
              aria-label={t('indicators.rule.tierDeductN', { n: index + 1 })}
              value={tier.deduct}
              disabled={readOnly}
              onChange={(v) => setTier(index, { deduct: v ?? 0 })}
            />
          )}
          <Checkbox
            checked={tier.deduct === 'all'}
            disabled={readOnly}
            onChange={(e) => setTier(index, { deduct: e.target.checked ? 'all' : 0.5 })}
          >
            {t('indicators.rule.tierAll')}
          </Checkbox>
          {!readOnly && rule.tiers.length > 1 && (
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('indicators.rule.removeTier', { n: index + 1 })}
              onClick={() => onChange({ ...rule, tiers: rule.tiers.filter((_, i) => i !== index) })}
            />
          )}
        </Flex>
      ))}
      {!readOnly && (
        <div>
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={rule.tiers.length >= 10}
            onClick={() =>
              onChange({
                ...rule,
                tiers: [...rule.tiers, { atLeast: (last?.atLeast ?? 0) + 1, deduct: 'all' }],
              })
            }
          >
            {t('indicators.rule.addTier')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
