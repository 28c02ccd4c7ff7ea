import { defineConfig } from 'vitest/config';

/**
 * Three test projects: `core` (pure unit tests), `server` (routes and queries on a fresh
 * embedded database per file, or on PostgreSQL with TEST_DATABASE_URL) and `e2e` (the browser).
 */
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/server', 'e2e'],
  },
});
