import type { Page } from 'playwright-core';

/** The forced change-password page a new or reset account lands on. */
export class ChangePasswordPage {
  constructor(private readonly page: Page) {}

  async waitUntilForced() {
    await this.page.waitForURL(/\/change-password$/);
    await this.page.getByRole('heading', { name: '请先设置新密码' }).waitFor();
  }

  async change(currentPassword: string, newPassword: string) {
    await this.page.getByLabel('当前密码').fill(currentPassword);
    await this.page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await this.page.getByLabel('确认新密码').fill(newPassword);
    await this.page.getByRole('button', { name: '确认修改' }).click();
  }
}
