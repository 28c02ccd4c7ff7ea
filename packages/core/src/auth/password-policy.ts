import type { LocalizedText } from '../errors.ts';
import { limits } from '../limits.ts';

/**
 * Password policy shared by the server and the change-password form. Officials reuse short
 * passwords; we ask for length and variety but not for symbol gymnastics.
 * Returns the reason the password is refused, or null when it is acceptable.
 */
export function checkPassword(password: string, username?: string): LocalizedText | null {
  if (password.length < limits.passwordMin) {
    return {
      zh: `密码至少 ${limits.passwordMin} 个字符`,
      en: `Password must have at least ${limits.passwordMin} characters`,
    };
  }
  if (password.length > limits.passwordMax) {
    return {
      zh: `密码最多 ${limits.passwordMax} 个字符`,
      en: `Password must have at most ${limits.passwordMax} characters`,
    };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password));
  if (classes.length < 3) {
    return {
      zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      en: 'Password must mix at least three of: upper case, lower case, digits, symbols',
    };
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return { zh: '密码不能包含用户名', en: 'Password must not contain the username' };
  }
  return null;
}
