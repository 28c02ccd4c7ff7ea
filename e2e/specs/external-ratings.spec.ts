import { pageOf } from '@bianping/core/api';
import { MeSchema } from '@bianping/core/auth';
import { CampaignDetailSchema, CampaignTargetsAddResultSchema } from '@bianping/core/campaigns/api';
import { ExternalAssignResultSchema, ExternalOverviewSchema } from '@bianping/core/campaigns/external-api';
import { IndicatorSetListSchema } from '@bianping/core/indicators/api';
import { UnitDetailSchema, UnitSummarySchema } from '@bianping/core/registry';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { ExternalSheet, ExternalTab, ExternalTasks } from '../pages/ExternalPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

const MINE = '2026年度外部评价（测试）';
const OTHERS = '2026年度外部评价（他部门）';
const UnitListSchema = pageOf(UnitSummarySchema);
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * External ratings end to end. Two campaigns are launched through the API over three units of the
 * demo county: in the first the officer assigns, with the tab's builder, the demo rater's department
 * (县财政局) × the three targets × 党建 and 财务; in the second another department only. The rater
 * sees only the first in 外部评价任务, grades every item on a portrait tablet (a refused early
 * submit lists what is missing), comments and raises a finding, and submits; the sheet locks. The
 * officer's tab shows the sheet submitted and confirms a target. The second campaign's sheet does
 * not open for the rater.
 */
describe.skipIf(!inject('browserAvailable'))('external ratings', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  const rater = accounts.rater ?? { username: '', password: '' };
  const unitUser = accounts.unit ?? { username: '', password: '' };
  let session: Session;
  let officerApi: ApiSession;
  let mine = '';
  let others = '';
  let raterUnitName = '';
  let targets: { id: string; name: string }[] = [];

  /** A campaign over the targets with an external phase around today, launched and collecting. */
  async function launchCampaign(name: string, regionId: string) {
    const sets = await officerApi.get('/indicator-sets?kind=common&status=published', IndicatorSetListSchema);
    const common = sets.items.find((s) => s.name.includes('共性指标')) ?? sets.items[0];
    let detail = await officerApi.post(
      '/campaigns',
      { name, year: 2026, type: 'annual', regionId, description: '' },
      CampaignDetailSchema,
    );
    const id = detail.campaign.id;
    const url = (rest: string) => `/campaigns/${id}${rest}`;
    detail = await officerApi.put(
      url('/phases'),
      {
        version: detail.campaign.version,
        phases: [{ phase: 'external', start: isoDay(-1), end: isoDay(20) }],
      },
      CampaignDetailSchema,
    );
    detail = await officerApi.put(
      url('/sets'),
      { version: detail.campaign.version, setChoice: { commonSetId: common?.id, categorySetIds: {} } },
      CampaignDetailSchema,
    );
    const added = await officerApi.post(
      url('/targets'),
      { version: detail.campaign.version, unitIds: targets.map((t) => t.id) },
      CampaignTargetsAddResultSchema,
    );
    detail = await officerApi.post(url('/launch'), { version: added.version }, CampaignDetailSchema);
    await officerApi.post(
      url('/transition'),
      { version: detail.campaign.version, to: 'collecting' },
      CampaignDetailSchema,
    );
    return id;
  }

  beforeAll(async () => {
    officerApi = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    const unitApi = await ApiSession.login(inject('baseURL'), unitUser.username, unitUser.password);
    const raterApi = await ApiSession.login(inject('baseURL'), rater.username, rater.password);
    const unitId = (await unitApi.get('/auth/me', MeSchema)).roles.find((r) => r.role === 'unit')?.scopeId;
    const raterUnitId = (await raterApi.get('/auth/me', MeSchema)).roles.find(
      (r) => r.role === 'rater',
    )?.scopeId;
    const { unit } = await officerApi.get(`/units/${unitId}`, UnitDetailSchema);
    raterUnitName = (await officerApi.get(`/units/${raterUnitId}`, UnitDetailSchema)).unit.name;
    const nearby = await officerApi.get(
      `/units?status=active&regionId=${unit.regionId}&pageSize=20`,
      UnitListSchema,
    );
    const others3 = nearby.items.filter((u) => u.id !== unit.id && u.id !== raterUnitId);
    targets = [unit, ...others3.slice(0, 2)].map((u) => ({ id: u.id, name: u.name }));
    mine = await launchCampaign(MINE, unit.regionId);
    others = await launchCampaign(OTHERS, unit.regionId);
    // The other campaign is rated by another department only.
    const overview = await officerApi.get(`/campaigns/${others}/external`, ExternalOverviewSchema);
    const otherDept = overview.raters.find((r) => r.unitId !== raterUnitId && r.unitId !== unit.id);
    await officerApi.post(
      `/campaigns/${others}/external/assignments`,
      {
        version: overview.campaign.version,
        raterUnitIds: [otherDept?.unitId],
        targetUnitIds: [unit.id],
        items: [{ kind: 'free', item: 'partyBuilding' }],
      },
      ExternalAssignResultSchema,
    );
    session = await openSession(inject('baseURL'), 'external-ratings');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the office assigns, the rater grades and submits, the office confirms', async () => {
    const { page, screenshot } = session;
    const shell = new AppShell(page);
    const first = targets[0] ?? { name: '' };
    const second = targets[1] ?? { name: '' };

    // The office builds the assignments on the campaign's 外部评价 tab.
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await shell.waitForHome();
    const tab = new ExternalTab(page);
    await tab.open(mine);
    await tab.choose('评价部门', [raterUnitName]);
    await tab.pickListedTargets();
    await tab.choose('评价项目', ['党建', '财务']);
    await tab.newCount().filter({ hasText: '将新增 6 条' }).waitFor();
    await tab.assign();
    await page.getByText('已新增 6 条分配').waitFor();
    await tab.sheetRow(raterUnitName).getByText('0 / 6').waitFor();
    await screenshot('assigned');
    await shell.logOut();

    // The rater sees only its campaign and grades on a portrait tablet.
    await page.setViewportSize({ width: 768, height: 1024 });
    await new LoginPage(page).logIn(rater.username, rater.password);
    await shell.waitForHome();
    await shell.menuItem('外部评价任务').click();
    const tasks = new ExternalTasks(page);
    await tasks.row(MINE).waitFor();
    expect(await tasks.row(OTHERS).count()).toBe(0);
    await tasks.open(MINE);
    const sheet = new ExternalSheet(page);
    await sheet.waitUntilShown(MINE);
    await expect.poll(() => sheet.levelGroups().count()).toBe(6);

    for (let i = 0; i < 5; i += 1) await sheet.grade(i, i % 2 ? '较好' : '好');
    await sheet.allSaved();
    expect(await sheet.gradedCount().textContent()).toBe('已评 5 / 6');
    // One item left: the submit is refused and the problem list names it.
    await sheet.submit();
    await page.getByText('评价表还不能提交，请先处理下列问题').waitFor();
    await expect
      .poll(() => page.getByRole('list', { name: '问题清单' }).getByRole('listitem').count())
      .toBe(1);

    await sheet.grade(5, '一般');
    await sheet.comment(first.name, '党建', '党组织活动台账完整');
    await sheet.addFinding(second.name, '财务', {
      category: '其他',
      severity: '一般',
      description: '公务接待费用报销手续不全',
    });
    await sheet.rating(second.name, '财务').getByText('公务接待费用报销手续不全').waitFor();
    await sheet.allSaved();
    expect(await sheet.gradedCount().textContent()).toBe('已评 6 / 6');
    expect(await sheet.scrollsSideways()).toBe(false);
    await screenshot('graded-portrait');

    // A reload shows what the server holds.
    await page.reload();
    await sheet.waitUntilShown(MINE);
    await expect
      .poll(() => page.getByLabel(`${first.name} 党建 评价意见`).inputValue())
      .toBe('党组织活动台账完整');
    await sheet.rating(second.name, '财务').getByText('公务接待费用报销手续不全').waitFor();
    await sheet.submit();
    await page.getByText('评价表已提交并锁定，只能查看。').waitFor();
    expect(await page.getByLabel(`${first.name} 党建 评价意见`).isDisabled()).toBe(true);
    await screenshot('submitted');

    // Another campaign's sheet does not open.
    await page.goto(`/campaigns/${others}/external`);
    await page.getByText('数据加载失败').waitFor();
    await page.getByRole('button', { name: '返回外部评价任务' }).waitFor();
    await shell.logOut();

    // The office sees the sheet in and confirms the first target.
    await page.setViewportSize({ width: 1280, height: 800 });
    await new LoginPage(page).logIn(officer.username, officer.password);
    await shell.waitForHome();
    await tab.open(mine);
    await tab.sheetRow(raterUnitName).getByText('已提交').waitFor();
    await tab.sheetRow(raterUnitName).getByText('6 / 6').waitFor();
    await tab.targetRow(first.name).getByText('已提交').waitFor();
    await tab.accept(first.name);
    await tab.targetRow(first.name).getByText('已评价').waitFor();
    await screenshot('accepted');
  });
});
