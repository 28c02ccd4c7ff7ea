/** What global-setup hands to the specs through vitest's provide/inject. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the server under test; empty when the browser is missing. */
    baseURL: string;
    /** The initial admin password the server printed on its first start. */
    adminPassword: string;
    /** False when Chromium is not installed outside CI: the specs then skip. */
    browserAvailable: boolean;
  }
}

export {};
