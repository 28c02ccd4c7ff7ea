import type { ThemeConfig } from 'antd';
import { prefersReducedMotion } from './reduced-motion.ts';

/** A sober government-office look: deep blue, compact radii, CJK-first font stack. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fbf',
    colorInfo: '#1d5fbf',
    borderRadius: 4,
    motion: !prefersReducedMotion(),
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#0f2748', headerBg: '#ffffff', bodyBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0f2748', darkSubMenuItemBg: '#0a1d38', darkItemSelectedBg: '#1d5fbf' },
  },
};
