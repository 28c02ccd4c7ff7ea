import type { TestProject } from 'vitest/node';
import { chromiumInstalled, missingChromiumMessage } from './support/chromium.ts';
import './support/provided.ts';
import { startServer } from './support/server.ts';

/**
 * Starts one real server for all browser specs, on the demo county (the web app is built
 * beforehand by `npm run test:e2e`), and tears it down afterwards.
 */
export default async function setup(project: TestProject) {
  if (!chromiumInstalled()) {
    // In CI a skipped browser test would look like a pass: refuse instead.
    if (process.env.CI)
      throw new Error(`${missingChromiumMessage} (CI is set, so the browser tests cannot be skipped)`);
    console.warn(`\n[e2e] ${missingChromiumMessage}\n[e2e] Skipping the browser tests.\n`);
    project.provide('browserAvailable', false);
    project.provide('baseURL', '');
    project.provide('adminPassword', '');
    project.provide('demoAccounts', {});
    return;
  }
  const server = await startServer();
  project.provide('browserAvailable', true);
  project.provide('baseURL', server.baseURL);
  project.provide('adminPassword', server.adminPassword);
  project.provide('demoAccounts', server.demoAccounts);
  return server.stop;
}
