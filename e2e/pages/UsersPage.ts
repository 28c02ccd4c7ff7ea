import type { Locator, Page } from 'playwright-core';

export type NewUser = {
  username: string;
  displayName: string;
  /** The role as the UI names it, e.g. 编办工作人员. */
  role: string;
  /** The scope type as the UI names it; the role's first allowed one (全部) if omitted. */
  scopeType?: string;
};

/** 用户管理. Selects antd options by typing the label into the searchable select and pressing Enter. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/admin/users');
    await this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: '用户管理' }).waitFor();
  }

  private async choose(field: Locator, label: string) {
    await field.click();
    await field.fill(label);
    await this.page.keyboard.press('Enter');
  }

  /** Creates a user with a generated password and returns that initial password. */
  async createUser(user: NewUser): Promise<string> {
    await this.page.getByRole('button', { name: '新建用户' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名', { exact: true }).fill(user.username);
    await dialog.getByLabel('姓名').fill(user.displayName);
    await dialog.getByRole('button', { name: '生成随机密码' }).click();
    const password = await dialog.getByLabel('初始密码').inputValue();
    await this.choose(dialog.getByLabel('角色', { exact: true }), user.role);
    if (user.scopeType) await this.choose(dialog.getByLabel('范围类型'), user.scopeType);
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    // The password is shown once more, for the administrator to pass on.
    const done = this.page.getByRole('dialog', { name: '用户已创建' });
    await done.getByText(password, { exact: true }).waitFor();
    await done.getByRole('button', { name: /关\s*闭/ }).click();
    await done.waitFor({ state: 'hidden' });
    return password;
  }

  row(username: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: username, exact: true }) });
  }
}
