import type { Locator, Page } from 'playwright-core';

/** 我的评估 (/campaigns/mine): the unit's campaigns. */
export class MyCampaignsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '我的评估' }).waitFor();
  }

  row(campaignName: string) {
    return this.page.getByRole('row').filter({ hasText: campaignName });
  }

  /** 填报 (or 查看) on the campaign's row; the form opens. */
  async open(campaignName: string) {
    await this.row(campaignName)
      .getByRole('button', { name: /填\s?报|查\s?看/ })
      .click();
    await this.page.waitForURL(/\/self-assessment\//);
  }
}

/** The self-assessment form of one target (/campaigns/:id/self-assessment/:unitId). */
export class SelfAssessmentForm {
  constructor(private readonly page: Page) {}

  async waitUntilShown(unitName: string) {
    await this.page.getByRole('heading', { name: `${unitName} · 单位自评` }).waitFor();
  }

  /** The card of a leaf indicator by its code (1.1, 2.3 …). */
  leaf(code: string): Locator {
    return this.page.getByTestId(`leaf-${code}`);
  }

  /** The autosave state of a leaf: 已保存 / 保存中 / 未保存 … */
  saveStatus(code: string) {
    return this.leaf(code).getByRole('status');
  }

  async fillNarrative(code: string, text: string) {
    await this.page.getByLabel(`${code} 自评说明`).fill(text);
  }

  /** Enters the score whatever the rule's control is: a number, or the first grade. */
  async enterScore(code: string, value: string) {
    const control = this.page.getByLabel(`${code} 自评得分`);
    if ((await control.getAttribute('role')) === 'combobox') {
      await control.click();
      await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    } else {
      await control.fill(value);
    }
  }

  /** Attaches a file to a leaf through its upload button. */
  async uploadEvidence(code: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.leaf(code).getByRole('button', { name: '上传佐证材料' }).click();
    await (await chooser).setFiles(file);
  }

  async openTab(name: string) {
    await this.page.getByRole('tab', { name }).click();
  }

  async uploadReport(file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /上传自查报告|重新上传/ }).click();
    await (await chooser).setFiles(file);
  }

  /** 用编计划: one year × type's planned hires and departures, the reasoning, then 保存用编计划. */
  async saveStaffingPlan(plan: {
    year: number;
    type: string;
    hires: number;
    departures: number;
    reasoning: string;
  }) {
    await this.page.getByLabel(`${plan.year} ${plan.type} 拟进`).fill(String(plan.hires));
    await this.page.getByLabel(`${plan.year} ${plan.type} 拟出`).fill(String(plan.departures));
    // The reasoning's label is not tied to its text area: find it by the form item.
    await this.page
      .locator('.ant-form-item')
      .filter({ hasText: '用编理由' })
      .locator('textarea')
      .fill(plan.reasoning);
    await this.page.getByRole('button', { name: '保存用编计划' }).click();
    await this.page.locator('.ant-message').getByText('已保存').first().waitFor();
  }

  /** 提交自评, confirmed in the pop-up. */
  async submit() {
    await this.page.getByRole('button', { name: /提交自评/ }).click();
    await this.page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
  }

  problems() {
    return this.page.getByRole('list', { name: '问题清单' });
  }

  /** 退回 with a reason (officers). */
  async giveBack(reason: string) {
    await this.page.getByRole('button', { name: /退\s?回/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('退回原因').fill(reason);
    await dialog.getByRole('button', { name: /退\s?回/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** 审核通过 (officers), confirmed in the pop-up. */
  async accept() {
    await this.page.getByRole('button', { name: /审核通过/ }).click();
    await this.page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
  }

  message(text: string) {
    return this.page.locator('.ant-message').getByText(text).waitFor();
  }
}

/** The bell in the header and its dropdown. */
export class NotificationBell {
  constructor(private readonly page: Page) {}

  button() {
    return this.page.getByRole('button', { name: /^通知，\d+ 条未读$/ });
  }

  async unread() {
    const name = (await this.button().getAttribute('aria-label')) ?? '';
    return Number(/(\d+)/.exec(name)?.[1] ?? 0);
  }

  /** Opens the dropdown and clicks the notification whose title contains the text. */
  async open(text: string) {
    await this.button().click();
    await this.page.getByRole('menuitem').filter({ hasText: text }).first().click();
  }
}
