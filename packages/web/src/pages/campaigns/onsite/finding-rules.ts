import type { Rule } from 'antd/es/form';
import type { Translate } from '../../../app/i18n/LocaleContext.ts';

/** A finding's description is required, at least two characters (on-site and external alike). */
export const findingDescriptionRules = (t: Translate): Rule[] => [
  { required: true, whitespace: true, min: 2, message: t('campaigns.onsite.finding.descriptionRequired') },
];
