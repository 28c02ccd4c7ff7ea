import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { ChangePasswordPage } from '../pages/ChangePasswordPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { UsersPage } from '../pages/UsersPage.ts';
import { ADMIN_CHANGED_PASSWORD } from '../support/admin.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

/**
 * The first day of a new installation: the administrator logs in with the printed password, is
 * made to change it, creates a colleague, tries the English interface, and the colleague then
 * logs in and finds the administration pages closed to them.
 */
describe.skipIf(!inject('browserAvailable'))('foundation: first login, users, language, access', () => {
  const officer = { username: 'wang.officer', displayName: '王科员' };
  // Neither may contain its username: the policy refuses that ("admin" hides in "Administrator").
  const adminNewPassword = ADMIN_CHANGED_PASSWORD;
  const officerNewPassword = 'Staffing@Office-2026';
  let session: Session;
  let officerInitialPassword = '';

  beforeAll(async () => {
    session = await openSession(inject('baseURL'), 'foundation');
  });

  // A failed step leaves a picture of what the browser showed.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('forces the new administrator to change the printed password before anything else', async () => {
    const { page, screenshot } = session;
    const login = new LoginPage(page);
    const forced = new ChangePasswordPage(page);

    await page.goto('/');
    await login.waitUntilShown();
    await page.getByText('编评 · 机构编制评估系统').first().waitFor();
    await screenshot('01-login');

    await login.logIn('admin', 'not-the-password');
    expect(await login.errorText()).toContain('用户名或密码错误');

    await login.logIn('admin', inject('adminPassword'));
    await forced.waitUntilForced();
    await screenshot('02-forced-password-change');

    // Every other page leads back here until the password is changed.
    await page.goto('/admin/users');
    await forced.waitUntilForced();
    await page.goto('/');
    await forced.waitUntilForced();

    await forced.change(inject('adminPassword'), adminNewPassword);
    await new AppShell(page).waitForHome();
    await page.getByRole('heading', { name: '机构编制概况' }).waitFor();
    await screenshot('03-admin-home');
  });

  it('creates an officer in 用户管理 and lists them', async () => {
    const { page, screenshot } = session;
    const shell = new AppShell(page);
    const users = new UsersPage(page);

    await shell.navigate('系统管理', '用户管理');
    await users.waitUntilShown();
    officerInitialPassword = await users.createUser({ ...officer, role: '编办工作人员' });
    expect(officerInitialPassword).toMatch(/^.{16}$/);

    const row = users.row(officer.username);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(officer.displayName);
    expect(text).toContain('编办工作人员');
    expect(text).toContain('待改密');
    await screenshot('04-users-with-officer');
  });

  it('switches to English, keeps it over a reload, and switches back', async () => {
    const { page, screenshot } = session;
    const shell = new AppShell(page);

    await shell.switchLanguage('English');
    await shell.menuItem('Users').waitFor();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await screenshot('05-users-english');

    await page.reload();
    await shell.menuItem('Users').waitFor();
    await shell.menuItem('Administration').waitFor();

    await shell.switchLanguage('中文');
    await shell.menuItem('用户管理').waitFor();
    await page.getByRole('heading', { name: '用户管理' }).waitFor();
  });

  it('logs the administrator out', async () => {
    const { page } = session;
    await new AppShell(page).logOut();
    await new LoginPage(page).waitUntilShown();
    // The session is gone: a protected page sends us back to the login.
    await page.goto('/admin/users');
    await new LoginPage(page).waitUntilShown();
  });

  it('makes the officer change the initial password and keeps them out of administration', async () => {
    const { page, screenshot } = session;
    const login = new LoginPage(page);
    const forced = new ChangePasswordPage(page);
    const shell = new AppShell(page);

    await login.goto();
    await login.logIn(officer.username, officerInitialPassword);
    await forced.waitUntilForced();
    await forced.change(officerInitialPassword, officerNewPassword);
    await shell.waitForHome();
    expect(await shell.menuItem('系统管理').count()).toBe(0);
    await screenshot('06-officer-home');

    await page.goto('/admin/users');
    await shell.waitForForbidden();
    await screenshot('07-officer-forbidden');
  });
});
