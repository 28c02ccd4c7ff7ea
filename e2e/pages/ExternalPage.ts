import type { Locator, Page } from 'playwright-core';

const okButton = /确\s?定|OK/;

/** The 外部评价 tab of a launched campaign (/campaigns/:id?tab=external), as the office uses it. */
export class ExternalTab {
  constructor(private readonly page: Page) {}

  async open(campaignId: string) {
    await this.page.goto(`/campaigns/${campaignId}?tab=external`);
    await this.page.getByText('各评价部门').waitFor();
  }

  /** Picks options of a multi-select by their visible names, typing to narrow the list. */
  async choose(fieldLabel: string, options: string[]) {
    const select = this.page.getByLabel(fieldLabel, { exact: true });
    for (const option of options) {
      await select.click();
      await select.fill(option);
      await this.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: option })
        .first()
        .click();
    }
    await this.page.keyboard.press('Escape');
  }

  /** 全选列出的 N 个: every target the category filter lists. */
  async pickListedTargets() {
    await this.page.getByRole('button', { name: /全选列出的/ }).click();
  }

  /** "将新增 N 条" under the builder. */
  newCount() {
    return this.page.getByText(/^将新增 \d+ 条$/);
  }

  async assign() {
    await this.page.getByRole('button', { name: /^分\s?配$/ }).click();
  }

  sheetRow(raterName: string): Locator {
    return this.page.getByTestId('external-sheets').locator('.ant-table-row').filter({ hasText: raterName });
  }

  targetRow(unitName: string): Locator {
    return this.page.getByTestId('external-targets').locator('.ant-table-row').filter({ hasText: unitName });
  }

  /** 确认 on a submitted target, confirmed in the pop-up. */
  async accept(unitName: string) {
    await this.targetRow(unitName)
      .getByRole('button', { name: /确\s?认/ })
      .click();
    await this.page.locator('.ant-popover:visible').getByRole('button', { name: okButton }).click();
  }
}

/** 外部评价任务 (/external): the rater department's campaigns. */
export class ExternalTasks {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/external');
    await this.page.getByRole('heading', { name: '外部评价任务' }).waitFor();
  }

  row(campaignName: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: campaignName });
  }

  /** 评价 (or 查看) on the campaign's row; the sheet opens. */
  async open(campaignName: string) {
    await this.row(campaignName)
      .getByRole('button', { name: /评\s?价|查\s?看/ })
      .click();
    await this.page.waitForURL(/\/campaigns\/[^/]+\/external$/);
  }
}

/** A rater department's sheet (/campaigns/:id/external). */
export class ExternalSheet {
  constructor(private readonly page: Page) {}

  async waitUntilShown(campaignName: string) {
    await this.page.getByRole('heading', { name: `外部评价 · ${campaignName}` }).waitFor();
  }

  /** Every item's level group on the sheet ("<target> <item> 评价等次"). */
  levelGroups(): Locator {
    return this.page.getByRole('radiogroup', { name: /评价等次$/ });
  }

  /** Chooses a level (好 / 较好 / 一般) on the nth item of the sheet. */
  async grade(index: number, level: '好' | '较好' | '一般') {
    await this.levelGroups()
      .nth(index)
      .locator('label')
      .filter({ hasText: new RegExp(`^${level}（\\d+%）$`) })
      .click();
  }

  async comment(target: string, item: string, text: string) {
    await this.page.getByLabel(`${target} ${item} 评价意见`).fill(text);
  }

  /** 记录问题 on an item: category and severity by their labels, a description, 添加. */
  async addFinding(
    target: string,
    item: string,
    finding: { category: string; severity: string; description: string },
  ) {
    const rating = this.rating(target, item);
    await rating.getByRole('button', { name: '记录问题' }).click();
    const form = this.page.getByRole('form', { name: `${target} ${item} 记录问题` });
    await this.select(form.getByLabel('问题类别'), finding.category);
    await this.select(form.getByLabel('严重程度'), finding.severity);
    await form.getByLabel('问题描述').fill(finding.description);
    await form.getByRole('button', { name: /添\s?加/ }).click();
    await form.waitFor({ state: 'hidden' });
  }

  /** The block of one item, found by its level group's name. */
  rating(target: string, item: string): Locator {
    return this.page
      .getByTestId('external-rating')
      .filter({ has: this.page.getByRole('radiogroup', { name: `${target} ${item} 评价等次` }) });
  }

  /** Waits for 全部已保存 in the heading (each edit is sent after a pause, then saved). */
  async allSaved() {
    await this.page.getByText('全部已保存', { exact: true }).waitFor();
  }

  gradedCount(): Locator {
    return this.page.getByTestId('graded-count');
  }

  /** 提交评价表, confirmed in the pop-up. */
  async submit() {
    await this.page.getByRole('button', { name: /提交评价表/ }).click();
    await this.page.locator('.ant-popover:visible').getByRole('button', { name: okButton }).click();
  }

  /** Whether the page scrolls sideways (it must not on a tablet). */
  async scrollsSideways() {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }

  private async select(select: Locator, option: string) {
    await select.click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }
}
