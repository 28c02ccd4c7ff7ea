import type { Page } from 'playwright-core';

/** 预警设置: thresholds per region, and the 节假日 tab. */
export class WarningSettingsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '预警设置', exact: true }).waitFor();
  }

  async pickRegion(name: string) {
    await this.page.getByRole('tree', { name: '地区' }).getByText(name, { exact: true }).click();
    await this.page.getByText(`${name}的预警阈值`).waitFor();
  }

  /** The form row of a threshold, found by its label. */
  row(label: string) {
    return this.page.locator('.ant-form-item').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** Switches a threshold to 本级设置 and types its value. */
  async setOwn(label: string, value: string) {
    await this.page.getByRole('switch', { name: `在本级设置${label}` }).click();
    const input = this.page.getByRole('spinbutton', { name: label });
    await input.fill(value);
  }

  async save() {
    await this.page
      .getByRole('button', { name: '保 存' })
      .or(this.page.getByRole('button', { name: '保存' }))
      .click();
  }

  /** The message that ends a save, reset or stale refusal. */
  async message(text: string | RegExp) {
    await this.page.locator('.ant-message').getByText(text).waitFor();
  }

  async resetAll() {
    await this.page.getByRole('button', { name: '恢复继承' }).click();
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
  }

  async openCalendar() {
    await this.page.getByRole('tab', { name: '节假日' }).click();
  }

  /** 批量粘贴 the text, then adds what was read to the list. */
  async pasteDays(text: string) {
    await this.page.getByRole('button', { name: '批量粘贴' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: '合并到列表' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  calendarRows() {
    return this.page.locator('.ant-table-tbody tr.ant-table-row');
  }
}
