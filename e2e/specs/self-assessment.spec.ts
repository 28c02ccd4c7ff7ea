import { MeSchema } from '@bianping/core/auth';
import { CampaignDetailSchema, CampaignTargetsAddResultSchema } from '@bianping/core/campaigns/api';
import {
  SelfAssessmentFormSchema,
  SelfEntrySavedSchema,
  StaffingPlanSavedSchema,
} from '@bianping/core/campaigns/self-assessment-api';
import { IndicatorSetListSchema } from '@bianping/core/indicators/api';
import { UnitDetailSchema } from '@bianping/core/registry';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { MyCampaignsPage, NotificationBell, SelfAssessmentForm } from '../pages/SelfAssessmentPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { inputFor } from '../support/score-input.ts';
import { openSession, type Session } from '../support/session.ts';

const NAME = '2026年度单位自评（测试）';
const REASON = '佐证材料不全，请补充会议纪要';

/** The smallest valid PDF: the server checks the content, not the name. */
const pdf = {
  name: '佐证材料.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
};

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A unit fills its self-assessment: an officer launches a campaign on the demo unit (through the
 * API); the unit opens 我的评估, fills two indicators (autosave shown), uploads a PDF as evidence,
 * is refused on submit with the problems listed, completes the rest, uploads the report and
 * submits; the officer returns it with a reason; the unit sees the notification and the reason.
 */
describe.skipIf(!inject('browserAvailable'))('self-assessment', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  const unitUser = accounts.unit ?? { username: '', password: '' };
  let session: Session;
  let officerApi: ApiSession;
  let unitApi: ApiSession;
  let campaignId = '';
  let unitId = '';
  let unitName = '';

  /** Campaign → common set → the demo unit as target → self phase from today → launch → collecting. */
  async function seedCampaign() {
    const me = await unitApi.get('/auth/me', MeSchema);
    unitId = me.roles.find((r) => r.role === 'unit')?.scopeId ?? '';
    const { unit } = await officerApi.get(`/units/${unitId}`, UnitDetailSchema);
    unitName = unit.name;
    const sets = await officerApi.get('/indicator-sets?kind=common&status=published', IndicatorSetListSchema);
    const common = sets.items.find((s) => s.name.includes('共性指标')) ?? sets.items[0];
    let detail = await officerApi.post(
      '/campaigns',
      { name: NAME, year: 2026, type: 'annual', regionId: unit.regionId, description: '' },
      CampaignDetailSchema,
    );
    campaignId = detail.campaign.id;
    const url = (rest: string) => `/campaigns/${campaignId}${rest}`;
    detail = await officerApi.put(
      url('/phases'),
      {
        version: detail.campaign.version,
        phases: [{ phase: 'self', start: isoDay(-1), end: isoDay(30) }],
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
      { version: detail.campaign.version, unitIds: [unitId] },
      CampaignTargetsAddResultSchema,
    );
    detail = await officerApi.post(url('/launch'), { version: added.version }, CampaignDetailSchema);
    await officerApi.post(
      url('/transition'),
      { version: detail.campaign.version, to: 'collecting' },
      CampaignDetailSchema,
    );
  }

  /** Every self-scored leaf not filled yet, and the staffing plan, through the API. */
  async function completeThroughApi() {
    const base = `/campaigns/${campaignId}/targets/${unitId}/self-assessment`;
    const form = await unitApi.get(base, SelfAssessmentFormSchema);
    const filled = new Map(form.entries.map((e) => [e.nodeId, e]));
    const leaves = form.sets.flatMap((s) => s.nodes).filter((n) => n.isLeaf && n.selfScored);
    for (const leaf of leaves) {
      const entry = filled.get(leaf.id);
      if (entry && Object.values(entry.input).some((v) => v !== null && v !== undefined)) continue;
      await unitApi.put(
        `${base}/entries/${leaf.id}`,
        {
          input: inputFor(leaf.bounds),
          narrative: '按要求落实',
          evidenceFileIds: [],
          version: entry?.version ?? 0,
        },
        SelfEntrySavedSchema,
      );
    }
    await unitApi.put(
      `${base}/staffing-plan`,
      {
        version: form.staffingPlanVersion,
        plan: {
          startYear: 2027,
          years: 3,
          rows: [{ year: 2027, staffingType: 'administrative', plannedHires: 1, plannedDepartures: 1 }],
          reasoning: '一名同志退休，需补充一名业务骨干',
        },
      },
      StaffingPlanSavedSchema,
    );
  }

  beforeAll(async () => {
    officerApi = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    unitApi = await ApiSession.login(inject('baseURL'), unitUser.username, unitUser.password);
    await seedCampaign();
    session = await openSession(inject('baseURL'), 'self-assessment');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('fills, submits, is returned and sees why', async () => {
    const { page, screenshot } = session;
    expect(unitName).not.toBe('');
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(unitUser.username, unitUser.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).menuItem('我的评估').click();
    const mine = new MyCampaignsPage(page);
    await mine.waitUntilShown();
    await mine.open(NAME);

    const form = new SelfAssessmentForm(page);
    await form.waitUntilShown(unitName);
    const leafCodes = await page
      .locator('[data-testid^="leaf-"]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')?.slice('leaf-'.length) ?? ''));
    expect(leafCodes.length).toBeGreaterThanOrEqual(2);
    const [first = '', second = ''] = leafCodes;

    await form.enterScore(first, '1');
    await form.fillNarrative(first, '已按规定完成机构编制工作');
    await expect.poll(() => form.saveStatus(first).textContent()).toContain('已保存');
    await form.enterScore(second, '1');
    await form.fillNarrative(second, '严格执行编制管理规定');
    await expect.poll(() => form.saveStatus(second).textContent()).toContain('已保存');
    await form.uploadEvidence(first, pdf);
    await form.leaf(first).getByText(pdf.name).waitFor();
    await expect.poll(() => form.saveStatus(first).textContent()).toContain('已保存');
    await screenshot('filled-two');

    // Reloading shows what the server holds: nothing typed was lost.
    await page.reload();
    await form.waitUntilShown(unitName);
    await expect
      .poll(() => page.getByLabel(`${first} 自评说明`).inputValue())
      .toBe('已按规定完成机构编制工作');
    await form.leaf(first).getByText(pdf.name).waitFor();

    await form.submit();
    await form.problems().waitFor();
    const problems = (await form.problems().textContent()) ?? '';
    expect(problems).toContain('未上传自查报告');
    expect(problems).toContain('用编计划');
    await screenshot('refused');

    await completeThroughApi();
    await page.reload();
    await form.waitUntilShown(unitName);
    await form.openTab('自查报告');
    await form.uploadReport({ ...pdf, name: '自查报告.pdf' });
    await page.getByText('自查报告.pdf').waitFor();
    await form.submit();
    await form.message('自评已提交');
    await page.getByText('自评已提交，表格已锁定，只能查看。').waitFor();
    expect(await page.getByLabel(`${first} 自评说明`).isDisabled()).toBe(true);

    // The office returns it (its own page is covered by the officer's session below).
    const officerSession = await openSession(inject('baseURL'), 'self-assessment-officer');
    try {
      const op = officerSession.page;
      await new LoginPage(op).goto();
      await new LoginPage(op).logIn(officer.username, officer.password);
      await new AppShell(op).waitForHome();
      await op.goto(`/campaigns/${campaignId}/self-assessment/${unitId}`);
      const officerForm = new SelfAssessmentForm(op);
      await officerForm.waitUntilShown(unitName);
      await officerForm.giveBack(REASON);
      await officerForm.message('已退回，单位将收到通知');
    } finally {
      await officerSession.close();
    }

    await page.goto('/');
    const bell = new NotificationBell(page);
    await expect.poll(() => bell.unread()).toBeGreaterThanOrEqual(1);
    await bell.open('自评被退回');
    await form.waitUntilShown(unitName);
    await page.getByText(REASON).first().waitFor();
    await page.getByText('自评被退回，请按以下意见修改后重新提交：').waitFor();
    expect(await page.getByLabel(`${first} 自评说明`).isDisabled()).toBe(false);
    await screenshot('returned');

    // The staffing structure comes from the roster; the plan saved above is shown again.
    await form.openTab('编制结构分析');
    await page.getByRole('img', { name: '按年龄段' }).waitFor();
    await screenshot('structure');
    await form.openTab('用编计划');
    await expect.poll(() => page.getByLabel('2027 行政编制 拟进').inputValue()).toBe('1');
  });
  it('keeps edits through an outage, shows a newer save and refuses a disguised file', async () => {
    const { page, context, screenshot } = session;
    const form = new SelfAssessmentForm(page);
    await page.goto(`/campaigns/${campaignId}/self-assessment/${unitId}`);
    await form.waitUntilShown(unitName);
    const code =
      (await page.locator('[data-testid^="leaf-"]').first().getAttribute('data-testid'))?.slice(5) ?? '';
    const narrative = page.getByLabel(`${code} 自评说明`);

    // Offline: the edit stays in the browser and goes out once the network is back.
    await context.setOffline(true);
    await narrative.fill('断网时填写的内容');
    await expect.poll(() => form.saveStatus(code).textContent()).toContain('网络中断');
    await context.setOffline(false);
    await expect.poll(() => form.saveStatus(code).textContent(), { timeout: 15_000 }).toContain('已保存');

    // Someone saves the same indicator meanwhile: the next autosave shows the newer content.
    const base = `/campaigns/${campaignId}/targets/${unitId}/self-assessment`;
    const current = await unitApi.get(base, SelfAssessmentFormSchema);
    const leaf = current.sets.flatMap((s) => s.nodes).find((n) => n.code === code);
    const entry = current.entries.find((e) => e.nodeId === leaf?.id);
    await unitApi.put(
      `${base}/entries/${leaf?.id}`,
      {
        input: entry?.input ?? {},
        narrative: '另一处保存的较新内容',
        evidenceFileIds: entry?.evidenceFileIds ?? [],
        version: entry?.version ?? 0,
      },
      SelfEntrySavedSchema,
    );
    await narrative.fill('我在本页继续填写');
    await form.leaf(code).getByText('该指标刚被他人保存了更新的内容').waitFor();
    await form
      .leaf(code)
      .getByText(/另一处保存的较新内容/)
      .waitFor();
    await screenshot('conflict');
    await form.leaf(code).getByRole('button', { name: '保留较新的内容' }).click();
    await expect.poll(() => narrative.inputValue()).toBe('另一处保存的较新内容');

    // A program renamed to .pdf is refused by content, with the server's reason.
    await form.uploadEvidence(code, {
      name: 'setup.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00 not really a pdf'),
    });
    await page
      .getByText(/不是可接受的佐证材料/)
      .first()
      .waitFor();
  });
});
