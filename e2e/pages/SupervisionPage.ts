import type { Page } from 'playwright-core';

/** Picks an option of the open antd Select dropdown by its label. */
async function pickOption(page: Page, label: string) {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}

type Draft = {
  unitName: string;
  date: string;
  place: string;
  inspector: string;
  item: string;
  facts: string;
};

/** 督查确认单: the list (/supervision), the drawer form, one slip and its print view. */
export class SupervisionPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/supervision');
    await this.page.getByRole('heading', { name: '督查确认单' }).waitFor();
  }

  /** Fills the drawer of a new slip and saves the draft; the slip's page opens. */
  async createDraft(d: Draft) {
    await this.page.getByRole('button', { name: '新建督查确认单' }).click();
    const drawer = this.page.getByRole('dialog', { name: '新建督查确认单' });
    await drawer.getByLabel('被督查单位').fill(d.unitName);
    await pickOption(this.page, d.unitName);
    await drawer.getByLabel('督查日期').fill(d.date);
    await drawer.getByLabel('督查日期').press('Enter');
    await drawer.getByLabel('督查地点').fill(d.place);
    await drawer.getByLabel('督查人员').click();
    await pickOption(this.page, d.inspector);
    await drawer.getByLabel('事项', { exact: true }).click();
    await pickOption(this.page, d.item);
    await drawer.getByLabel('发现的事实').fill(d.facts);
    await drawer.getByRole('button', { name: '保存草稿' }).click();
    await this.page.waitForURL(/\/supervision\/[0-9a-f-]{36}$/);
  }

  /** The slip number from the heading of a slip's page. */
  async slipNo() {
    const heading = this.page.getByRole('heading', { name: /督查确认单 \d{4}-DC-\d{3}/ });
    await heading.waitFor();
    return ((await heading.textContent()) ?? '').replace('督查确认单', '').trim();
  }

  async open(slipNo: string) {
    await this.goto();
    await this.page.getByRole('link', { name: slipNo }).click();
    await this.page.getByRole('heading', { name: `督查确认单 ${slipNo}` }).waitFor();
  }

  async send() {
    await this.page.getByRole('button', { name: /发\s?送/ }).click();
    await this.page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /^确\s?定$|^OK$/ })
      .click();
    await this.waitForStatus('待确认');
  }

  async dispute(reason: string) {
    await this.page.getByRole('button', { name: '提出异议' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('异议理由').fill(reason);
    await dialog.getByRole('button', { name: '提出异议' }).click();
    await this.waitForStatus('有异议');
  }

  async settle(decision: '维持' | '撤销', note: string) {
    await this.page.getByRole('button', { name: /^裁\s?定$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(decision).check();
    await dialog.getByLabel('裁定理由').fill(note);
    await dialog.getByRole('button', { name: /^裁\s?定$/ }).click();
    await this.waitForStatus('已裁定');
  }

  async waitForStatus(text: string) {
    await this.page.locator('.ant-descriptions [data-status]').filter({ hasText: text }).waitFor();
  }

  async status() {
    return (await this.page.locator('.ant-descriptions [data-status]').textContent()) ?? '';
  }

  /** Opens the print view from the slip's page; answers the sheet's title and number. */
  async openPrintView() {
    await this.page.getByRole('button', { name: '打印版' }).click();
    const sheet = this.page.getByRole('article', { name: '机构编制督查确认单' });
    await sheet.waitFor();
    return {
      title: (await sheet.getByRole('heading', { level: 1 }).textContent()) ?? '',
      slipNo: (await sheet.getByTestId('slip-no').textContent()) ?? '',
      text: (await sheet.textContent()) ?? '',
    };
  }
}
