import { MeSchema } from '@bianping/core/auth';
import { UnitDetailSchema } from '@bianping/core/registry';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { SupervisionPage } from '../pages/SupervisionPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

/**
 * A 督查确认单 from inspection to settlement: the demo evaluator records a slip on the demo unit in
 * the drawer and sends it; the unit's user disputes it with a reason; the demo officer settles the
 * dispute as upheld; the slip reads 已裁定 and its print view carries its number.
 */
describe.skipIf(!inject('browserAvailable'))('supervision slips', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  const evaluator = accounts.evaluator ?? { username: '', password: '' };
  const unitUser = accounts.unit ?? { username: '', password: '' };
  let session: Session;
  let unitName = '';
  let evaluatorName = '';

  beforeAll(async () => {
    const base = inject('baseURL');
    const unitApi = await ApiSession.login(base, unitUser.username, unitUser.password);
    const unitId = (await unitApi.get('/auth/me', MeSchema)).roles.find((r) => r.role === 'unit')?.scopeId;
    const officerApi = await ApiSession.login(base, officer.username, officer.password);
    unitName = (await officerApi.get(`/units/${unitId}`, UnitDetailSchema)).unit.name;
    const evaluatorApi = await ApiSession.login(base, evaluator.username, evaluator.password);
    evaluatorName = (await evaluatorApi.get('/auth/me', MeSchema)).displayName;
    session = await openSession(base, 'supervision-slips');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  async function logInAs(account: { username: string; password: string }) {
    const { page } = session;
    await session.context.clearCookies();
    const login = new LoginPage(page);
    await login.goto();
    await login.logIn(account.username, account.password);
    await new AppShell(page).waitForHome();
  }

  it('is sent by the evaluator, disputed by the unit, settled by the officer and printed', async () => {
    const { page, screenshot } = session;
    const slips = new SupervisionPage(page);

    await logInAs(evaluator);
    await new AppShell(page).menuItem('督查确认单').click();
    await page.getByRole('heading', { name: '督查确认单' }).waitFor();
    await slips.createDraft({
      unitName,
      date: '2026-05-12',
      place: '单位会议室',
      inspector: evaluatorName,
      item: '超编进人',
      facts: '2026年3月超编进人1名',
    });
    const slipNo = await slips.slipNo();
    expect(slipNo).toMatch(/^2026-DC-\d{3}$/);
    await slips.send();
    await screenshot('sent');

    await logInAs(unitUser);
    await slips.open(slipNo);
    await slips.dispute('该人员系调任，不属超编进人');
    await screenshot('disputed');

    await logInAs(officer);
    await slips.open(slipNo);
    await slips.settle('维持', '调任手续不全，按超编认定');
    expect(await slips.status()).toContain('已裁定');

    const sheet = await slips.openPrintView();
    expect(sheet.title).toBe('机构编制督查确认单');
    expect(sheet.slipNo).toBe(slipNo);
    expect(sheet.text).toContain('被督查单位负责人（签字）');
    expect(sheet.text).toContain('该人员系调任');
    await screenshot('print');
  });
});
