import { pageOf } from '@bianping/core/api';
import { UnitDetailSchema, UnitSummarySchema } from '@bianping/core/registry';
import { StaffMovementSchema } from '@bianping/core/staff';
import { idNumberCheckChar } from '@bianping/core/warnings/id-number';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { StaffTab } from '../pages/StaffTab.ts';
import { UnitPage } from '../pages/UnitPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

const UnitListSchema = pageOf(UnitSummarySchema);
const MovementListSchema = pageOf(StaffMovementSchema);

const PERSON = '林入编';
const FIRST17 = '99012119930517003';
const ID_NUMBER = `${FIRST17}${idNumberCheckChar(FIRST17)}`;
const WRONG_CHECK = `${FIRST17}${ID_NUMBER.endsWith('0') ? '1' : '0'}`;

/**
 * An officer's 用编核准 → 入编 → 离开 → 出编 on a demo unit with its 实名制 roster loaded: the
 * approval waits until the entry uses it, a mistyped ID number is refused in the form, the new
 * person appears on the roster with a masked ID number, a leaver stays there until the 出编, and
 * the headcount follows. The unit's liaison reads the same tab without any button.
 */
describe.skipIf(!inject('browserAvailable'))('staff movements on the unit page', () => {
  const officer = inject('demoAccounts').officer ?? { username: '', password: '' };
  const liaison = inject('demoAccounts').unit ?? { username: '', password: '' };
  let session: Session;
  let api: ApiSession;
  let target: { id: string; name: string; headcount: number };

  beforeAll(async () => {
    api = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    target = await findVacancy(api);
    session = await openSession(inject('baseURL'), 'staff-movements');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  const logIn = async (username: string, password: string) => {
    const login = new LoginPage(session.page);
    await login.goto();
    await login.logIn(username, password);
    await new AppShell(session.page).waitForHome();
  };

  const headcount = async () => (await api.get(`/units/${target.id}`, UnitDetailSchema)).unit.headcountTotal;

  it('enters a person on a 用编核准, checking the ID number in the form', async () => {
    const { page, screenshot } = session;
    const staff = new StaffTab(page);
    await logIn(officer.username, officer.password);
    await page.goto(`/registry/units/${target.id}?tab=staff`);
    await new UnitPage(page).waitUntilShown(target.name);

    await staff.recordApproval('示编核〔2026〕901号', PERSON);
    await staff.movementRow(PERSON).filter({ hasText: '待办理' }).waitFor();
    await screenshot('01-approval-pending');

    await staff.movementRow(PERSON).getByRole('button', { name: '办理入编' }).click();
    const dialog = staff.dialog('办理入编');
    await dialog.getByLabel('入编文号').fill('示编入〔2026〕901号');
    await dialog.getByLabel('身份证号').fill(WRONG_CHECK);
    await dialog.getByRole('button', { name: '办理入编' }).click();
    await dialog.getByText('身份证号校验位错误').waitFor();
    await screenshot('02-entry-wrong-check-char');

    await dialog.getByLabel('身份证号').fill(ID_NUMBER);
    await dialog.getByRole('button', { name: '办理入编' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.searchRoster(PERSON);
    const row = staff.rosterRow(PERSON);
    await row.waitFor();
    expect(await row.textContent()).toContain('990121********');
    expect(await row.textContent()).not.toContain(ID_NUMBER);
    expect(await headcount()).toBe(target.headcount + 1);
    await screenshot('03-entered');
  });

  it('keeps a leaver on the roster until the 出编, then takes them off', async () => {
    const { page, screenshot } = session;
    const staff = new StaffTab(page);
    await staff.rosterRow(PERSON).getByRole('button', { name: '登记离开' }).click();
    const leaving = staff.dialog('人员离开/出编');
    await leaving.getByRole('button', { name: /登\s*记/ }).click();
    await leaving.waitFor({ state: 'hidden' });
    await staff.rosterRow(PERSON).filter({ hasText: '已离开，待出编' }).waitFor();
    expect(await headcount()).toBe(target.headcount + 1);

    const exit = staff.movementRow(PERSON).filter({ hasText: '离开/出编' });
    await exit.getByRole('button', { name: '办理出编' }).click();
    const processing = staff.dialog('办理出编');
    await processing.getByLabel('出编文号').fill('示编出〔2026〕901号');
    await processing.getByRole('button', { name: '办理出编' }).click();
    await processing.waitFor({ state: 'hidden' });
    await staff.rosterRow(PERSON).waitFor({ state: 'detached' });
    expect(await headcount()).toBe(target.headcount);
    const done = await api.get(`/units/${target.id}/movements?state=open&pageSize=200`, MovementListSchema);
    expect(done.items.some((m) => m.personName === PERSON)).toBe(false);
    await screenshot('04-exit-processed');
  });

  it("shows the unit's liaison its roster and movements without any button", async () => {
    const { page, screenshot } = session;
    await new AppShell(page).logOut();
    await logIn(liaison.username, liaison.password);
    await new AppShell(page).navigate('台账', '机构编制台账');
    await page.waitForURL(/\/registry\/units\/[0-9a-f-]{36}$/);
    await new UnitPage(page).openTab('实名制人员');
    await page.getByText('人员变动').first().waitFor();
    await page.getByRole('tabpanel').locator('tr.ant-table-row').first().waitFor();
    for (const button of ['用编核准', '办理入编', '人员离开/出编', '登记离开']) {
      expect(await page.getByRole('button', { name: button }).count(), button).toBe(0);
    }
    await screenshot('05-liaison-read-only');
  });
});

/**
 * A public institution with its roster loaded, no open approval, and a vacancy in the staffing
 * type its forms start with (its first), so an approval and an entry fit.
 */
async function findVacancy(api: ApiSession) {
  const units = await api.get('/units?kind=publicWelfare1&status=active&pageSize=200', UnitListSchema);
  for (const unit of units.items) {
    if (unit.quotaTotal - unit.headcountTotal < 2) continue;
    const detail = await api.get(`/units/${unit.id}`, UnitDetailSchema);
    const [first] = detail.staffing;
    if (detail.headcountSource !== 'staff' || !first || first.quota - first.headcount < 2) continue;
    const open = await api.get(`/units/${unit.id}/movements?state=open&pageSize=200`, MovementListSchema);
    if (open.total > 0) continue;
    return { id: unit.id, name: unit.name, headcount: detail.unit.headcountTotal };
  }
  throw new Error('the demo county has no public institution with a vacancy and nothing open');
}
