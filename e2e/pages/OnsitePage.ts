import type { Locator, Page } from 'playwright-core';

/** 我的评估任务 (/campaigns/assigned): the targets of the evaluator's teams. */
export class AssignedTargetsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/campaigns/assigned');
    await this.page.getByRole('heading', { name: '我的评估任务' }).waitFor();
  }

  row(unitName: string) {
    return this.page.getByRole('row').filter({ hasText: unitName });
  }

  /** 评估 (or 查看) on the target's row of one campaign (a unit may be a target of several). */
  async open(campaignName: string, unitName: string) {
    await this.row(unitName)
      .filter({ hasText: campaignName })
      .getByRole('button', { name: /评\s?估|查\s?看/ })
      .click();
    await this.page.waitForURL(/\/onsite\//);
  }
}

/** The on-site review of one target (/campaigns/:id/onsite/:unitId). */
export class OnsiteReview {
  constructor(private readonly page: Page) {}

  async waitUntilShown(unitName: string) {
    await this.page.getByRole('heading', { name: `${unitName} · 实地评估` }).waitFor();
  }

  leaf(code: string): Locator {
    return this.page.getByTestId(`onsite-leaf-${code}`);
  }

  saveStatus(code: string) {
    return this.leaf(code).getByRole('status');
  }

  /** Enters the score whatever the rule's control is: a number, or the first grade. */
  async enterScore(code: string, value: string) {
    const control = this.page.getByLabel(`${code} 实地评分`);
    if ((await control.getAttribute('role')) === 'combobox') {
      await control.click();
      await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    } else {
      await control.fill(value);
    }
  }

  async fillJustification(code: string, text: string) {
    await this.page.getByLabel(`${code} 评分依据`).fill(text);
  }

  /** 记录问题 on a leaf: category and severity by their labels, a description. */
  async raiseFinding(code: string, finding: { category: string; severity: string; description: string }) {
    await this.leaf(code).getByRole('button', { name: '记录问题' }).click();
    const modal = this.page.locator('.ant-modal:visible');
    await this.choose(modal.getByLabel('问题类别'), finding.category);
    await this.choose(modal.getByLabel('严重程度'), finding.severity);
    await modal.getByLabel('问题描述').fill(finding.description);
    await modal.getByRole('button', { name: /保\s?存/ }).click();
    await modal.waitFor({ state: 'hidden' });
  }

  async openTab(name: RegExp | string) {
    await this.page.getByRole('tab', { name }).click();
  }

  /** 新增访谈记录 on the outline, ticking the questions by their ids. */
  async recordInterview(record: { outline: string; role: string; questionIds: string[]; notes: string }) {
    await this.page.getByRole('button', { name: '新增访谈记录' }).click();
    const modal = this.page.locator('.ant-modal:visible');
    await this.choose(modal.getByLabel('访谈提纲'), record.outline);
    await modal.getByLabel('受访者职务').fill(record.role);
    for (const id of record.questionIds) {
      await modal.getByRole('checkbox', { name: new RegExp(`^${id} `) }).check();
    }
    await modal.getByLabel('访谈要点').fill(record.notes);
    await modal.getByRole('button', { name: /保\s?存/ }).click();
    await modal.waitFor({ state: 'hidden' });
  }

  /** 提交实地评估, confirmed in the pop-up. */
  async submit() {
    await this.page.getByRole('button', { name: /提交实地评估/ }).click();
    await this.page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
  }

  /** 审核通过 (officers), confirmed in the pop-up. */
  async accept() {
    await this.page.getByRole('button', { name: /审核通过/ }).click();
    await this.page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
  }

  /** Whether the page scrolls sideways (it must not on a tablet). */
  async scrollsSideways() {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }

  private async choose(select: Locator, option: string) {
    await select.click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }
}
