import type { DemoAccounts } from './demo.ts';

/** What global-setup hands to the specs through vitest's provide/inject. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the server under test; empty when the browser is missing. */
    baseURL: string;
    /** The initial admin password printed when the demo county was loaded (to be changed at first login). */
    adminPassword: string;
    /** The demo accounts by role (officer, unit, leader …); they need no password change. */
    demoAccounts: DemoAccounts;
    /** False when Chromium is not installed outside CI: the specs then skip. */
    browserAvailable: boolean;
  }
}
