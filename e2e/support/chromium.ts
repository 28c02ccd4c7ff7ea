import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides. Never `npx playwright install` (it downloads). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumInstalled = () => fs.existsSync(chromiumPath);

export const missingChromiumMessage =
  `Chromium not found at ${chromiumPath}. Install it with \`apt-get install chromium fonts-noto-cjk\` ` +
  '(the fonts make Chinese render) or set CHROMIUM_PATH.';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
