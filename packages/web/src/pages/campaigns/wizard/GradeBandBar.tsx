import type { GradeBand } from '@bianping/core/campaigns/grading';
import { campaignGrades } from '@bianping/core/campaigns/vocabulary';
import { Flex, Tooltip } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { bandRanges } from './grade-bands.ts';

const colors = ['#52c41a', '#1677ff', '#faad14', '#ff4d4f'];

/** The bands as one bar from 0 to the full mark, worst on the left, each as wide as its range. */
export function GradeBandBar({ bands, fullMark }: { bands: readonly GradeBand[]; fullMark: number }) {
  const t = useT();
  const label = useLabel();
  const ranges = bandRanges(bands, fullMark)
    .map((r, i) => ({ ...r, color: colors[i] ?? '#999' }))
    .reverse();
  return (
    <Flex style={{ width: '100%', height: 28, borderRadius: 4, overflow: 'hidden' }} aria-hidden>
      {ranges.map((r) => {
        const width = Math.max(0, ((r.to - r.from) / (fullMark || 1)) * 100);
        const text = `${label(campaignGrades.labels[r.grade])} ${t('campaigns.grading.range', r)}`;
        return (
          <Tooltip key={r.grade} title={text}>
            <div
              style={{
                width: `${width}%`,
                background: r.color,
                color: '#fff',
                fontSize: 12,
                lineHeight: '28px',
                textAlign: 'center',
                whiteSpace: 'nowrap',
                overflow: 'hidden',
              }}
            >
              {text}
            </div>
          </Tooltip>
        );
      })}
    </Flex>
  );
}
