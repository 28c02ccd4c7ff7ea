import type { Page } from 'playwright-core';

/** The 实名制人员 tab of a unit page: the roster, the movements and the officer's four forms. */
export class StaffTab {
  constructor(private readonly page: Page) {}

  /** The form opened by a button of the tab or of a row (用编核准, 办理入编 …). */
  dialog(title: string) {
    return this.page.getByRole('dialog', { name: title });
  }

  /** A row of the roster (the first table) showing `text`. */
  rosterRow(text: string) {
    return this.page
      .locator('.ant-card')
      .filter({ hasText: '实名制人员名单' })
      .locator('tr.ant-table-row')
      .filter({ hasText: text });
  }

  /** A row of the movements (the second table) showing `text`. */
  movementRow(text: string) {
    return this.page
      .locator('.ant-card')
      .filter({ hasText: '人员变动' })
      .locator('tr.ant-table-row')
      .filter({ hasText: text });
  }

  async searchRoster(name: string) {
    await this.page.getByPlaceholder('姓名中的字').fill(name);
    await this.page.getByRole('button', { name: /查\s*询/ }).click();
  }

  async recordApproval(approvalNo: string, personName: string) {
    await this.page.getByRole('button', { name: '用编核准' }).click();
    const dialog = this.dialog('用编核准');
    await dialog.getByLabel('核准文号').fill(approvalNo);
    await dialog.getByLabel('拟进人员').fill(personName);
    await dialog.getByRole('button', { name: '登记核准' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
