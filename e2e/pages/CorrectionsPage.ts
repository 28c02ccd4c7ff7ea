import type { Page } from 'playwright-core';

/** 更正申请 for officers, and the request form on a unit's own page. */
export class CorrectionsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '更正申请' }).waitFor();
  }

  /** A unit's liaison files a request from its unit page. */
  async file(subject: string, description: string) {
    await this.page.getByRole('button', { name: '申请更正' }).click();
    const dialog = this.page.getByRole('dialog', { name: '申请更正台账数据' });
    await dialog.getByLabel('更正内容').click();
    await dialog.getByLabel('更正内容').fill(subject);
    await this.page.keyboard.press('Enter');
    await dialog.getByLabel('说明').fill(description);
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  row(text: string) {
    return this.page.locator('tr.ant-table-row').filter({ hasText: text });
  }

  async decide(text: string, decision: '受理' | '驳回', note: string) {
    await this.row(text)
      .getByRole('button', { name: new RegExp(decision.split('').join('\\s*')) })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `${decision}更正申请` });
    await dialog.getByLabel('处理意见').fill(note);
    await dialog.getByRole('button', { name: new RegExp(decision.split('').join('\\s*')) }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
