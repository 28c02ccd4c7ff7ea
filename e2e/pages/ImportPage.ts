import type { Page } from 'playwright-core';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 数据导入: pick a sheet, upload a workbook, read the dry run, import. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '数据导入' }).waitFor();
  }

  /** A sheet kind as the picker names it, e.g. 编制与实有. */
  async chooseKind(label: string) {
    await this.page.getByText(label, { exact: true }).click();
    await this.page.getByRole('button', { name: `下载“${label}”模板` }).waitFor();
  }

  /** Clicks 下载“…”模板 and returns the name the browser would save the file under. */
  async downloadTemplate(label: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `下载“${label}”模板` }).click(),
    ]);
    return download.suggestedFilename();
  }

  async upload(name: string, buffer: Buffer) {
    await this.page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer });
    await this.page.getByText(`预检结果：${name}`).waitFor();
  }

  /** The rows of the error table (工作表, 行, 列, 值, 说明), as text. */
  async errorRows(): Promise<string[]> {
    const table = this.page.getByRole('region', { name: '错误明细' });
    await table.waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    return rows.allTextContents();
  }

  commitButton() {
    return this.page.getByRole('button', { name: '确认导入' });
  }

  async commit() {
    await this.commitButton().click();
  }

  async waitForDone(kindLabel: string) {
    await this.page.getByText(`“${kindLabel}”导入成功`).waitFor();
    return (await this.page.locator('.ant-result-subtitle').textContent()) ?? '';
  }
}
