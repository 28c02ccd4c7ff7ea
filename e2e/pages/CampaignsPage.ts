import type { Locator, Page } from 'playwright-core';

/** Picks an option of the open antd Select dropdown by its label. */
async function pickOption(page: Page, label: string) {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}

/** 评估项目 (/campaigns): the list and the 新建评估项目 dialog. */
export class CampaignsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '评估项目' }).waitFor();
  }

  /** Creates a draft for the first region of the tree; the wizard opens. */
  async create(name: string) {
    await this.page.getByRole('button', { name: '新建评估项目' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('项目名称').fill(name);
    await dialog.getByLabel('评估范围（地区）').click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper')
      .first()
      .click();
    await dialog.getByRole('button', { name: /^创\s?建$/ }).click();
    await this.page.waitForURL(/\/campaigns\/[0-9a-f-]{36}/);
  }
}

/** The plan wizard of one campaign (/campaigns/:id). */
export class CampaignWizard {
  constructor(private readonly page: Page) {}

  async waitUntilShown(name: string) {
    await this.page.getByRole('heading', { name }).waitFor();
  }

  async openStep(title: string) {
    await this.page.locator('.ant-steps-item').filter({ hasText: title }).click();
  }

  /** A toast message (saved, stale, launched …). */
  message(text: string | RegExp) {
    return this.page.locator('.ant-message').getByText(text).first().waitFor();
  }

  async chooseCommonSet(label: string) {
    await this.page.getByLabel('共性指标', { exact: true }).click();
    await pickOption(this.page, label);
    await this.page.getByRole('button', { name: '保存指标体系' }).click();
    await this.message('已保存');
  }

  /** 按条件选取 by one kind and one category, then 预览. */
  async previewTargets(kind: string, category: string) {
    await this.page.getByLabel('单位性质').click();
    await pickOption(this.page, kind);
    await this.page.keyboard.press('Escape');
    await this.page.getByLabel('行业类别').click();
    await pickOption(this.page, category);
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: /^预\s?览$/ }).click();
    await this.page.getByText(/符合条件的单位 \d+ 个/).waitFor();
  }

  async addPreviewed() {
    await this.page.getByRole('button', { name: '加入评估对象' }).click();
  }

  /** The rows of the chosen targets' table. */
  targetRows(): Locator {
    return this.page
      .locator('.ant-table-row')
      .filter({ has: this.page.getByRole('button', { name: /移出/ }) });
  }

  async removeTarget(row: Locator) {
    await row.getByRole('button', { name: /移出/ }).click();
    await this.page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /^确\s?定$|^OK$/ })
      .click();
  }

  /** Schedules a phase (its row's checkbox) from `start` to `end` (YYYY-MM-DD). */
  async schedulePhase(phase: string, start: string, end: string) {
    const row = this.page.locator('.ant-table-row').filter({ hasText: phase });
    await row.getByRole('checkbox').check();
    const inputs = row.locator('input:not([type="checkbox"])');
    await inputs.nth(0).click();
    await inputs.nth(0).fill(start);
    await this.page.keyboard.press('Enter');
    await inputs.nth(1).fill(end);
    await this.page.keyboard.press('Enter');
  }

  async save() {
    await this.page.getByRole('button', { name: /^保\s?存$/ }).click();
  }

  async drawTeams(teamCount: number, members: number, seed: string) {
    await this.page.getByLabel('评估组数').fill(String(teamCount));
    await this.page.getByLabel('每组成员数（不含组长）').fill(String(members));
    await this.page.getByLabel('随机种子（可选）').fill(seed);
    await this.page.getByRole('button', { name: /抽\s?取/ }).click();
  }

  teamCards(): Locator {
    return this.page.getByTestId('team-card');
  }

  async launch() {
    await this.page.getByRole('button', { name: /^(rocket )?发\s?布$/ }).click();
    await this.page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /^确\s?定$|^OK$/ })
      .click();
  }

  async openPlan() {
    await this.page.getByRole('button', { name: '查看方案' }).click();
  }
}

/** The printable plan (/campaigns/:id/plan). */
export class CampaignPlanPage {
  constructor(private readonly page: Page) {}

  sheet(): Locator {
    return this.page.locator('article.bp-plan-sheet');
  }

  async waitUntilShown() {
    await this.sheet().getByRole('heading', { name: '一、评估对象' }).waitFor();
  }
}

/** The 进度 tab of a launched campaign (/campaigns/:id?tab=progress): phase cards and the targets table. */
export class CampaignProgressTab {
  constructor(private readonly page: Page) {}

  async open(campaignId: string, name: string) {
    await this.page.goto(`/campaigns/${campaignId}?tab=progress`);
    await this.page.getByRole('heading', { name }).waitFor();
    await this.page.getByText('各阶段状态分布').waitFor();
  }

  /** The card of a phase by its code (self, onsite, external …). */
  phaseCard(phase: string): Locator {
    return this.page.getByTestId(`progress-phase-${phase}`);
  }

  /** A figure of a phase card: 已完成, 进行中, 未开始 or 逾期. */
  async figure(phase: string, title: '已完成' | '进行中' | '未开始' | '逾期'): Promise<number> {
    const statistic = this.phaseCard(phase)
      .locator('.ant-statistic')
      .filter({ has: this.page.locator('.ant-statistic-title', { hasText: title }) });
    return Number(await statistic.locator('.ant-statistic-content-value').textContent());
  }

  /** The table row of a target. */
  row(unitName: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: unitName });
  }
}
