import { defineProject } from 'vitest/config';

/**
 * Browser tests against the real server on a fresh embedded database. One file at a time: they
 * share the server that global-setup starts, and each spec builds on accounts it creates itself.
 */
export default defineProject({
  test: {
    name: 'e2e',
    include: ['specs/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: './global-setup.ts',
  },
});
