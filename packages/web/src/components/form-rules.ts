import type { FormRule } from 'antd';

/**
 * Required text of at least `min` characters after trimming, as the core schemas count them
 * (`z.string().trim().min(n)`), so the form refuses what the server would refuse.
 */
export const requiredTrimmed = (min: number, message: string): FormRule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim().length < min) throw new Error(message);
  },
});
