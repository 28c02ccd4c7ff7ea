import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import type { Translate } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../../indicators/indicator-labels.ts';

/** An entry's score in words ("8 分", "好", "3 例", "85%"), or "—" when nothing is entered. */
export function describeInput(input: ScoreInput, t: Translate): string {
  if (input.points !== null && input.points !== undefined)
    return t('campaigns.self.pointsValue', { points: formatPoints(input.points) });
  if (input.grade) return input.grade;
  if (input.cases !== null && input.cases !== undefined)
    return t('campaigns.self.casesValue', { cases: input.cases });
  if (input.rate !== null && input.rate !== undefined) return `${Math.round(input.rate * 10000) / 100}%`;
  if (input.value !== null && input.value !== undefined) return String(input.value);
  if (input.triggered !== null && input.triggered !== undefined)
    return t(input.triggered ? 'campaigns.self.triggered.yes' : 'campaigns.self.triggered.no');
  return '—';
}

/** Whether something is entered for the score (the completion mark of an indicator). */
export const hasInput = (input: ScoreInput | undefined) =>
  !!input && Object.values(input).some((v) => v !== null && v !== undefined && v !== '');
