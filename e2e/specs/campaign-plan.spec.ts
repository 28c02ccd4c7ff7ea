import { pageOf } from '@bianping/core/api';
import { ExpertListSchema, ExpertSchema } from '@bianping/core/campaigns/api';
import { UnitSummarySchema } from '@bianping/core/registry';
import { unitCategories, unitKinds } from '@bianping/core/registry/vocabulary';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { CampaignPlanPage, CampaignsPage, CampaignWizard } from '../pages/CampaignsPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

const NAME = '2026年度示范县专项评估（测试）';
const UnitPageSchema = pageOf(UnitSummarySchema);

/**
 * An officer plans a campaign in the wizard: creates it, chooses the common set, adds units by
 * filter and keeps three, schedules two phases, draws a team from the expert pool, launches it
 * and reads the printable plan, which names the three targets.
 */
describe.skipIf(!inject('browserAvailable'))('campaign plan', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  let session: Session;
  let api: ApiSession;
  /** A kind × category with at least three active units in the officer's scope. */
  let filter = { kind: '', category: '' };

  /** The pool must hold a leader and a member who work for none of the targets. */
  async function seedExperts() {
    const pool = await api.get('/experts?active=true&pageSize=200', ExpertListSchema);
    for (let i = pool.items.length; i < 4; i++) {
      await api.post('/experts', { name: `测试专家${i + 1}`, specialty: '机构编制' }, ExpertSchema);
    }
  }

  /** The smallest group of active units sharing kind and category that has three or more. */
  async function findFilter() {
    const counts = new Map<string, number>();
    for (let page = 1; page <= 5; page++) {
      const units = await api.get(`/units?status=active&pageSize=200&page=${page}`, UnitPageSchema);
      for (const u of units.items)
        counts.set(`${u.kind}|${u.category}`, (counts.get(`${u.kind}|${u.category}`) ?? 0) + 1);
      if (page * 200 >= units.total) break;
    }
    const [key] = [...counts].filter(([, n]) => n >= 3).sort((a, b) => a[1] - b[1])[0] ?? [''];
    const [kind = '', category = ''] = key.split('|');
    filter = {
      kind: unitKinds.labels[kind as keyof typeof unitKinds.labels]?.zh ?? '',
      category: unitCategories.labels[category as keyof typeof unitCategories.labels]?.zh ?? '',
    };
  }

  beforeAll(async () => {
    api = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    await seedExperts();
    await findFilter();
    session = await openSession(inject('baseURL'), 'campaign-plan');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('plans, launches and prints a campaign with three targets', async () => {
    const { page, screenshot } = session;
    expect(filter.kind).not.toBe('');
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).navigate('评估项目', '项目列表');
    const list = new CampaignsPage(page);
    await list.waitUntilShown();
    await list.create(NAME);

    const wizard = new CampaignWizard(page);
    await wizard.waitUntilShown(NAME);
    await wizard.openStep('评估对象');
    await wizard.chooseCommonSet('共性指标（参考）');
    await wizard.previewTargets(filter.kind, filter.category);
    await screenshot('targets-preview');
    await wizard.addPreviewed();
    await expect.poll(() => wizard.targetRows().count()).toBeGreaterThanOrEqual(3);
    while ((await wizard.targetRows().count()) > 3) {
      const before = await wizard.targetRows().count();
      await wizard.removeTarget(wizard.targetRows().last());
      await expect.poll(() => wizard.targetRows().count()).toBe(before - 1);
    }
    const targets = await wizard.targetRows().locator('td:first-child').allTextContents();
    expect(targets).toHaveLength(3);

    await wizard.openStep('阶段安排');
    await wizard.schedulePhase('单位自评', '2026-03-02', '2026-03-20');
    await wizard.schedulePhase('实地评估', '2026-03-23', '2026-04-17');
    await wizard.save();
    await wizard.message('已保存');
    await page.getByRole('img', { name: '时间安排' }).waitFor();

    await wizard.openStep('评估组');
    await wizard.drawTeams(1, 1, '20260301');
    await expect.poll(() => wizard.teamCards().count()).toBe(1);
    await page.getByText('随机种子：20260301').waitFor();
    await screenshot('teams');

    await wizard.openStep('确认发布');
    await page.getByText('方案检查通过，可以发布').waitFor();
    await wizard.launch();
    await wizard.message('评估项目已发布');
    await page.getByText('当前状态：已启动').waitFor();

    await wizard.openPlan();
    const plan = new CampaignPlanPage(page);
    await plan.waitUntilShown();
    await plan
      .sheet()
      .getByRole('heading', { level: 1, name: `${NAME}工作方案` })
      .waitFor();
    for (const name of targets) await plan.sheet().getByText(name, { exact: false }).first().waitFor();
    expect(await plan.sheet().getByText('本次评估对象共 3 个单位：').count()).toBe(1);
    await screenshot('plan');
  });
});
