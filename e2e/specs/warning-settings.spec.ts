import { RegionSettingsListSchema, RegionWarningSettingsSchema } from '@bianping/core/warnings/settings-api';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { WarningSettingsPage } from '../pages/WarningSettingsPage.ts';
import { WarningsPage } from '../pages/WarningsPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

/**
 * An officer sets the demo county's own exit deadline (Tengzhou's 10 working days), meets a
 * change someone else saved meanwhile, goes back to inheriting, and enters the year's holidays
 * by pasting them from the official notice.
 */
describe.skipIf(!inject('browserAvailable'))('warning settings and the holiday calendar', () => {
  const officer = inject('demoAccounts').officer ?? { username: '', password: '' };
  let session: Session;
  let api: ApiSession;
  let countyId: string;

  beforeAll(async () => {
    api = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    const regions = await api.get('/warnings/settings', RegionSettingsListSchema);
    countyId = regions.find((r) => r.name === '示范县')?.id ?? '';
    session = await openSession(inject('baseURL'), 'warning-settings');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('sets a county’s own threshold, refuses a stale save and inherits again', async () => {
    const { page, screenshot } = session;
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).navigate('台账', '预警');
    await new WarningsPage(page).waitUntilShown();
    await page.getByRole('button', { name: '预警设置' }).click();

    const settings = new WarningSettingsPage(page);
    await settings.waitUntilShown();
    await settings.pickRegion('示范县');
    const exit = settings.row('出编办理时限');
    await exit.getByText('默认值', { exact: true }).waitFor();

    await settings.setOwn('出编办理时限', '10');
    await settings.save();
    await settings.message('已保存，下一次扫描起生效');
    await exit.getByText('本级设置', { exact: true }).waitFor();
    await exit.getByText('不在本级设置时为 15 个工作日（默认值）').waitFor();
    await page.getByRole('tree', { name: '地区' }).getByText('本级 1 项').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot('county-own-deadline');

    // Someone else saves the county's settings while this form is open.
    const current = await api.get(`/warnings/settings/${countyId}`, RegionWarningSettingsSchema);
    await api.put(
      `/warnings/settings/${countyId}`,
      { version: current.version, exitDeadlineWorkingDays: 12 },
      RegionWarningSettingsSchema,
    );
    await page.getByRole('spinbutton', { name: '出编办理时限' }).fill('9');
    await settings.save();
    await settings.message(/刚被他人修改/);
    await expect.poll(() => page.getByRole('spinbutton', { name: '出编办理时限' }).inputValue()).toBe('12');

    await settings.resetAll();
    await settings.message('已恢复继承');
    await exit.getByText('默认值', { exact: true }).waitFor();
    expect(await page.getByRole('spinbutton', { name: '出编办理时限' }).isDisabled()).toBe(true);
  });

  it('enters a year’s holidays by pasting them and saves them together', async () => {
    const { page, screenshot } = session;
    const settings = new WarningSettingsPage(page);
    await settings.openCalendar();
    await page.getByText(/尚未录入节假日/).waitFor();
    const year = new URL(page.url()).searchParams.get('year') ?? String(new Date().getFullYear());
    await settings.pasteDays(`${year}-10-01~${year}-10-03\t放假\t国庆节`);
    await page.getByText('有未保存的修改').waitFor();
    expect(await settings.calendarRows().count()).toBe(3);
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await settings.message(`${year} 年节假日已保存，下一次扫描起生效`);
    await page.getByText('放假 3 天，调休上班 0 天').waitFor();
    await screenshot('calendar-saved');
  });
});
