import type { LocalizedText } from '@bianping/core/errors';
import type { IndicatorSetStatus } from '@bianping/core/indicators/vocabulary';

const levelLabels: Record<number, LocalizedText> = {
  1: { zh: '一级指标', en: 'Level 1' },
  2: { zh: '二级指标', en: 'Level 2' },
  3: { zh: '三级指标', en: 'Level 3' },
};

/** 一级 / 二级 / 三级: how officials name the depth of an indicator. */
export const levelLabel = (level: number): LocalizedText =>
  levelLabels[level] ?? { zh: `${level} 级指标`, en: `Level ${level}` };

/** The antd tag colour of a set's status: drafts stand out, archived ones fade. */
export const statusColors: Record<IndicatorSetStatus, string> = {
  draft: 'gold',
  published: 'green',
  archived: 'default',
};

/** Points as score sheets print them: at most two decimals, no trailing zeros. */
export const formatPoints = (points: number) => String(Math.round(points * 100) / 100);
