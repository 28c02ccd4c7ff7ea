import { checkPassword } from '@bianping/core/auth/password-policy';
import type { LocalizedText } from '@bianping/core/errors';
import type { FormRule } from 'antd';

/** An antd form rule that refuses what the server's password policy would refuse. */
export const passwordPolicyRule =
  (username: () => string | undefined, label: (text: LocalizedText) => string): FormRule =>
  () => ({
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const reason = checkPassword(value, username() || undefined);
      if (reason) throw new Error(label(reason));
    },
  });
