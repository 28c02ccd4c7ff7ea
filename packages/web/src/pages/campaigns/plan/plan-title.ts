import type { Translate } from '../../../app/i18n/LocaleContext.ts';

/**
 * The heading of the printed plan, 「……评估工作方案」. A name that already says 评估 (most do:
 * "2026年度……使用效益评估") only takes 工作方案, so the title never reads 评估评估.
 */
export const planTitle = (name: string, t: Translate) =>
  name.includes('评估') ? t('campaigns.plan.titleShort', { name }) : t('campaigns.plan.title', { name });
