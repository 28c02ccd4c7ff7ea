import type { RuleOf } from '@bianping/core/indicators/rules';
import { Flex, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../indicator-labels.ts';
import { PointsInput } from './number-inputs.tsx';
import { ParamField } from './ParamField.tsx';

type Rule = RuleOf<'rankPoints' | 'rankFromBottom'>;
type Props = { rule: Rule; maxPoints: number; onChange: (rule: Rule) => void; readOnly: boolean };

const SHOWN_RANKS = 6;

/** 按名次计分: points lost per place and the floor, with the points of the first places spelled out. */
export function RankFields({ rule, maxPoints, onChange, readOnly }: Props) {
  const t = useT();
  const ranks = Array.from({ length: SHOWN_RANKS }, (_, i) =>
    Math.max(rule.minPoints, maxPoints - i * rule.step),
  );
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap>
        <ParamField label={t('indicators.rule.rankStep')}>
          {(id) => (
            <PointsInput
              id={id}
              disabled={readOnly}
              value={rule.step}
              onChange={(v) => onChange({ ...rule, step: v ?? 0 })}
            />
          )}
        </ParamField>
        <ParamField label={t('indicators.rule.rankFloor')}>
          {(id) => (
            <PointsInput
              id={id}
              disabled={readOnly}
              value={rule.minPoints}
              onChange={(v) => onChange({ ...rule, minPoints: v ?? 0 })}
            />
          )}
        </ParamField>
      </Flex>
      <Flex gap={4} wrap align="center">
        <Typography.Text type="secondary">{t('indicators.rule.rankList')}</Typography.Text>
        {ranks.map((points, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity
          <Tag key={i}>{t('indicators.rule.rankItem', { rank: i + 1, points: formatPoints(points) })}</Tag>
        ))}
        <Typography.Text type="secondary">…</Typography.Text>
      </Flex>
    </Flex>
  );
}
