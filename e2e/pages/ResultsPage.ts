import type { Locator, Page } from 'playwright-core';

const GRADE = /优秀|良好|合格|不合格/;

/** The figure a cell shows ("87.5" → 87.5). */
const numberIn = async (locator: Locator) => Number((await locator.textContent())?.trim() ?? 'NaN');

/** 综合评定 tab of a campaign (/campaigns/:id?tab=results). */
export class ResultsTab {
  constructor(private readonly page: Page) {}

  async open(campaignId: string) {
    await this.page.goto(`/campaigns/${campaignId}?tab=results`);
    await this.page.getByRole('tab', { name: '综合评定', selected: true }).waitFor();
    await this.page.getByRole('heading', { name: '综合评定' }).waitFor();
  }

  /** 重新计算, then waits for the job's bar to finish. */
  async rescore() {
    await this.page.getByRole('button', { name: '重新计算' }).click();
    await this.page
      .getByRole('status', { name: '计算综合评定' })
      .locator('.ant-progress-status-success')
      .waitFor({
        timeout: 120_000,
      });
  }

  /** Rows of the ranking table (the first table of the tab). */
  rankingRows() {
    return this.page.locator('.ant-card').filter({ hasText: '类别内排名' }).first().locator('.ant-table-row');
  }

  /** Waits for ranked rows and returns the first row's unit name and grade. */
  async firstRow() {
    const row = this.rankingRows().filter({ hasText: GRADE }).first();
    await row.waitFor();
    const unitName = (await row.getByRole('link').textContent())?.trim() ?? '';
    const grade =
      (await row.locator('.ant-tag').filter({ hasText: GRADE }).first().textContent())?.trim() ?? '';
    return { unitName, grade };
  }

  async openExplanation(unitName: string) {
    await this.rankingRows().getByRole('link', { name: unitName, exact: true }).click();
    await this.page.waitForURL(/\/results\/[0-9a-f-]{36}/);
  }

  /** 评价方法对比: picks the method, 计算, and reads ρ and τ. */
  async runLens(method: '熵权法' | 'TOPSIS') {
    const card = this.page.locator('.ant-card').filter({ hasText: '评价方法对比' });
    await card.getByText(method, { exact: true }).click();
    await card.getByRole('button', { name: /计\s?算/ }).click();
    const stats = card.getByTestId('lens-statistics');
    await stats.waitFor();
    const value = (title: string) =>
      stats.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');
    return {
      rho: (await value('ρ').textContent())?.trim() ?? '',
      tau: (await value('τ').textContent())?.trim() ?? '',
      rows: await card.locator('.ant-table-row').count(),
    };
  }
}

/** 得分说明 of one target (/campaigns/:id/results/:unitId). */
export class ExplanationPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(unitName: string) {
    await this.page.getByRole('heading', { name: `${unitName} 得分说明` }).waitFor();
  }

  total() {
    return numberIn(this.page.getByTestId('explanation-total'));
  }

  /** Each set's part of the total, from the footer of its table. */
  async setContributions() {
    const cells = this.page.locator('[data-testid^="set-contribution-"]');
    return Promise.all((await cells.all()).map(numberIn));
  }

  /** The column headers of the first set's table. */
  async headers() {
    return this.page.getByTestId('explanation-set').first().locator('thead th').allTextContents();
  }

  /** Opens the first leaf's drawer and returns its title. */
  async openFirstLeaf() {
    await this.page.getByTestId('explanation-set').first().locator('.ant-table-row a').first().click();
    const drawer = this.page.getByRole('dialog');
    await drawer.getByText('各来源评分').waitFor();
    return drawer;
  }
}
