import type { Page } from 'playwright-core';

/** 登录页. Antd puts a space between two Chinese characters of a button, hence the regexes. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/login');
    await this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.waitForURL(/\/login/);
    await this.page.getByRole('button', { name: /登\s*录/ }).waitFor();
  }

  async logIn(username: string, password: string) {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: /登\s*录/ }).click();
  }

  /** The error shown above the form, e.g. wrong password with the attempts left. */
  async errorText() {
    const alert = this.page.getByRole('alert');
    await alert.waitFor();
    return (await alert.textContent()) ?? '';
  }
}
