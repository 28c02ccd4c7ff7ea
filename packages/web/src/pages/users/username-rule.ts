import { limits } from '@bianping/core/limits';
import { UsernameSchema } from '@bianping/core/users';
import type { FormRule } from 'antd';
import type { Translate } from '../../app/i18n/LocaleContext.ts';

/** Refuses what the server's UsernameSchema refuses, saying which of its two rules is broken. */
export const usernameRule = (t: Translate): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    if (UsernameSchema.safeParse(value).success) return;
    const length = value.trim().length;
    if (length < limits.usernameMin || length > limits.usernameMax) {
      throw new Error(t('users.field.usernameLength', { min: limits.usernameMin, max: limits.usernameMax }));
    }
    throw new Error(t('users.field.usernameInvalid'));
  },
});
