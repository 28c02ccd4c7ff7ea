import type { Page } from 'playwright-core';

/** The page of one unit with its tabs (概况, 编制与实有 … 预警). */
export class UnitPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(name: string) {
    await this.page.getByRole('heading', { name }).waitFor();
  }

  async openTab(name: string | RegExp) {
    await this.page.getByRole('tab', { name }).click();
  }

  /** An ECharts canvas inside the chart named `label` (the chart's aria-label). */
  chartCanvas(label: string) {
    return this.page.getByRole('img', { name: label }).locator('canvas');
  }

  /** The warning rows of the 预警 tab that mention `text`. */
  warningRow(text: string) {
    return this.page.getByRole('tabpanel').locator('tr.ant-table-row').filter({ hasText: text });
  }
}
