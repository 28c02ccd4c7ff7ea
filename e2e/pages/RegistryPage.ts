import type { Locator, Page } from 'playwright-core';

/** 机构编制台账: region tree, filters and the unit list. */
export class RegistryPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '机构编制台账' }).waitFor();
  }

  private async choose(field: Locator, text: string) {
    await field.click();
    await field.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Filters by name and a warning rule (e.g. W01), then waits for the unit's row. */
  async filter({ name, warning }: { name?: string; warning?: string }) {
    const form = this.page.locator('form#unit-filters');
    if (name) await form.getByLabel('名称').fill(name);
    if (warning) await this.choose(form.getByLabel('预警'), warning);
    await form.getByRole('button', { name: /查\s*询/ }).click();
  }

  unitLink(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }
}
