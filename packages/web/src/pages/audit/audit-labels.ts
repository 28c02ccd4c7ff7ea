import type { LocalizedText } from '@bianping/core/errors';

/**
 * Readable names of the audit actions the server writes. An action not listed (a module added
 * later) is shown by its code, which stays meaningful: `domain.verb`.
 */
export const actionLabels: Record<string, LocalizedText> = {
  'auth.login': { zh: '登录', en: 'Log in' },
  'auth.login.failed': { zh: '登录失败', en: 'Failed login' },
  'auth.lockout': { zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { zh: '退出登录', en: 'Log out' },
  'auth.logout.all': { zh: '在所有设备上退出', en: 'Log out everywhere' },
  'auth.password.change': { zh: '修改密码', en: 'Change password' },
  'user.create': { zh: '新建用户', en: 'Create user' },
  'user.update': { zh: '修改用户', en: 'Update user' },
  'user.deactivate': { zh: '停用用户', en: 'Deactivate user' },
  'user.password.reset': { zh: '重置密码', en: 'Reset password' },
  'demo.load': { zh: '载入示范数据', en: 'Load demo data' },
};

/** Prefixes offered in the action filter: the server matches actions that start with them. */
export const actionGroups: Record<string, LocalizedText> = {
  'auth.': { zh: '登录与会话（全部）', en: 'Sign-in and sessions (all)' },
  'user.': { zh: '用户管理（全部）', en: 'User administration (all)' },
};

export const entityTypeLabels: Record<string, LocalizedText> = {
  user: { zh: '用户', en: 'User' },
  region: { zh: '行政区划', en: 'Region' },
  unit: { zh: '单位', en: 'Unit' },
};

/** The server writes the chain-check reason as "中文 / English". */
export function splitBilingual(text: string): LocalizedText {
  const [zh, en] = text.split(' / ');
  return { zh: zh ?? text, en: en ?? zh ?? text };
}
