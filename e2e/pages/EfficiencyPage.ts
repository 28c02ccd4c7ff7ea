import type { Locator, Page } from 'playwright-core';

const TABS = { dea: '效率评价 DEA', malmquist: '跨年分析 Malmquist', need: '编制测算' } as const;

/** 使用效益 (/analysis/efficiency): the DEA, Malmquist and 编制测算 tabs. */
export class EfficiencyPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '使用效益', exact: true }).waitFor();
  }

  private current: keyof typeof TABS = 'dea';

  /** The open tab's panel (antd ids end in -panel-<key>): the other tabs keep their forms once opened. */
  get panel(): Locator {
    return this.page.locator(`[role="tabpanel"][id$="-panel-${this.current}"]`);
  }

  async openTab(key: keyof typeof TABS) {
    await this.page.getByRole('tab', { name: TABS[key] }).click();
    this.current = key;
    await this.panel.waitFor();
  }

  /** Picks an option of an antd Select by its label; `search` types into it first. */
  async choose(label: string, option: string, search?: string) {
    const box = this.panel.getByLabel(label, { exact: true });
    await box.click();
    if (search) await box.fill(search);
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
    await this.page.keyboard.press('Escape');
  }

  /** Removes a chosen value of a multiple select. */
  async removeTag(text: string) {
    await this.panel
      .locator('.ant-select-selection-item')
      .filter({ hasText: text })
      .locator('.ant-select-selection-item-remove')
      .click();
  }

  async run(button = '开始计算') {
    await this.panel.getByRole('button', { name: button }).click();
  }

  /** Rows of the visible panel's first table. */
  tableRows() {
    return this.panel.locator('.ant-table-row');
  }

  chartCanvas() {
    return this.panel.locator('canvas').first();
  }

  alert() {
    return this.panel.getByRole('alert');
  }
}
