/**
 * Whether the user asked their system for less motion. Antd's transitions and ECharts' growing
 * bars are then switched off, which also makes browser-test screenshots show settled pages.
 */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
