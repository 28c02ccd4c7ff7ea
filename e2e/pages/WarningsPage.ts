import type { Page } from 'playwright-core';

/** 预警: counts, the scan, and the list. */
export class WarningsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '预警', exact: true }).waitFor();
  }

  /** 立即扫描, then waits for the run to finish and returns the message it ends with. */
  async scan(): Promise<string> {
    await this.page.getByRole('button', { name: '立即扫描' }).click();
    await this.page.getByRole('status', { name: '预警扫描' }).waitFor();
    const done = this.page.getByText(/^扫描完成/);
    await done.waitFor({ timeout: 60_000 });
    return (await done.textContent()) ?? '';
  }

  /** The figure of a level's card, e.g. 红色预警. */
  async liveCount(level: '红色' | '橙色' | '黄色' | '提示') {
    const card = this.page.locator('.ant-card').filter({ hasText: `${level}预警` });
    return Number((await card.locator('.ant-statistic-content-value').textContent()) ?? 'NaN');
  }
}
