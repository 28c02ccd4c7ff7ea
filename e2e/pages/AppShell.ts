import type { Page } from 'playwright-core';

/** The frame around every page after login: side menu, language switch, user menu. */
export class AppShell {
  constructor(private readonly page: Page) {}

  menuItem(name: string) {
    return this.page.getByRole('menuitem', { name, exact: true });
  }

  async waitForHome() {
    await this.page.waitForURL((url) => url.pathname === '/');
    await this.page.getByRole('heading', { name: '首页' }).waitFor();
  }

  /** Opens a page through the menu: a group (系统管理) and then its item (用户管理). */
  async navigate(group: string, item: string) {
    const entry = this.menuItem(item);
    if (!(await entry.isVisible())) await this.menuItem(group).click();
    await entry.click();
  }

  /** 中文 or English, from the globe button in the header. */
  async switchLanguage(to: '中文' | 'English') {
    await this.page.getByRole('button', { name: /^(切换语言|Language):/ }).click();
    const choice = this.page.getByRole('menuitem', { name: to, exact: true });
    await choice.click();
    await choice.waitFor({ state: 'hidden' });
  }

  async logOut() {
    await this.page.getByRole('button', { name: '用户菜单' }).click();
    await this.page.getByRole('menuitem', { name: '退出登录', exact: true }).click();
  }

  /** The 403 result shown in place of a page the user's roles do not reach. */
  async waitForForbidden() {
    await this.page.getByText('403', { exact: true }).waitFor();
    await this.page.getByText('抱歉，您没有访问此页面的权限').waitFor();
  }
}
