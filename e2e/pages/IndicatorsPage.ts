import type { Locator, Page } from 'playwright-core';

/**
 * A button's name: antd puts a space between two Chinese characters, and an icon adds its own
 * name before the text, hence the optional space and no anchor at the start.
 */
const spaced = (text: string) => new RegExp(`${[...text].join('\\s?')}$`);

/** 指标体系: the list of sets. */
export class IndicatorSetsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '指标体系', exact: true }).waitFor();
  }

  /** 新建: a common set with the given name, which opens in the editor. */
  async create(name: string) {
    await this.page.getByRole('button', { name: spaced('新建') }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建指标体系' });
    await dialog.getByLabel('名称').fill(name);
    await dialog.getByRole('button', { name: spaced('创建') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The table row of a set, found by its name. */
  row(name: string) {
    return this.page
      .locator('tr.ant-table-row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}

/** One edition of a set: the tree, the selected indicator's form, AHP and publishing. */
export class IndicatorEditor {
  constructor(private readonly page: Page) {}

  async waitUntilShown(name: string) {
    await this.page.getByRole('heading', { name, exact: true }).waitFor();
  }

  tree() {
    return this.page.getByRole('tree', { name: '指标结构' });
  }

  /** The tree line of an indicator (code, name, points), found by its name. */
  treeNode(name: string) {
    return this.tree().locator('[data-node-code]').filter({ hasText: name });
  }

  async codeOf(name: string) {
    return this.treeNode(name).getAttribute('data-node-code');
  }

  async select(name: string) {
    await this.tree().getByText(name, { exact: true }).click();
    await this.nodePanel().getByText(name).first().waitFor();
  }

  /** The card of the selected indicator. */
  nodePanel() {
    return this.page.getByTestId('node-panel');
  }

  /** 添加一级指标 (or 添加下级指标 of the selected one) with a name and points. */
  async addTopLevel(name: string, points?: string) {
    await this.page.getByRole('button', { name: '添加一级指标' }).click();
    await this.fillNewNode(name, points);
  }

  async addChild(name: string, points?: string) {
    await this.page.getByRole('button', { name: '添加下级指标' }).click();
    await this.fillNewNode(name, points);
  }

  private async fillNewNode(name: string, points?: string) {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('指标名称').fill(name);
    if (points) await dialog.getByLabel('分值').fill(points);
    await dialog.getByRole('button', { name: spaced('添加') }).click();
  }

  /** Picks an option of an antd select by the option's title (its label, or the wording given). */
  async choose(select: Locator, title: string) {
    await select.click();
    await this.page
      .locator(
        `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`,
      )
      .click();
  }

  async chooseRule(kind: string) {
    await this.choose(this.page.getByRole('combobox', { name: '规则类型' }), kind);
  }

  async saveNode() {
    await this.page.getByRole('button', { name: '保存指标' }).click();
    await this.message('指标已保存');
  }

  /** The message that ends an action (saved, published, a stale refusal …). */
  async message(text: string | RegExp) {
    await this.page.locator('.ant-message').getByText(text).last().waitFor();
  }

  ahpDrawer() {
    return this.page.getByRole('dialog').filter({ hasText: 'AHP 赋权' });
  }

  /** Row over column in the AHP matrix, chosen by the scale's wording (稍微重要, 列指标明显重要 …). */
  async compare(row: string, column: string, wording: string) {
    await this.choose(this.ahpDrawer().getByRole('combobox', { name: `${row} 相对 ${column}` }), wording);
  }

  async saveJudgement() {
    await this.ahpDrawer().getByRole('button', { name: '保存我的判断' }).click();
    await this.message('判断已保存');
  }

  applyButton() {
    return this.ahpDrawer().getByRole('button', { name: '应用权重' });
  }

  crTag() {
    return this.ahpDrawer().getByTestId('ahp-cr');
  }

  async closeDrawer() {
    await this.ahpDrawer().getByRole('button', { name: '关闭' }).click();
    await this.ahpDrawer().waitFor({ state: 'hidden' });
  }

  publishButton() {
    return this.page.getByRole('button', { name: /发\s?布/ });
  }

  async publish() {
    await this.publishButton().click();
    await this.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await this.message('已发布');
  }
}
