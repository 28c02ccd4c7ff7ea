import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { artifactsDir } from './server.ts';

export type Session = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Saves a full-window screenshot as e2e/artifacts/<spec>/<name>.png (kept by CI). */
  screenshot: (name: string) => Promise<void>;
  close: () => Promise<void>;
};

/** A fresh browser profile as a Chinese official would have it: zh-CN, Beijing time, a desktop screen. */
export async function openSession(baseURL: string, spec: string): Promise<Session> {
  const browser = await launchChromium();
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Settled pages in the screenshots: antd transitions and chart animations honour this.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const dir = path.join(artifactsDir, spec);
  // Pictures of an earlier run would mix with this one's.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return {
    browser,
    context,
    page,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(dir, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}
