import { MeSchema } from '@bianping/core/auth';
import {
  CampaignDetailSchema,
  CampaignTargetsAddResultSchema,
  CampaignTeamsSchema,
  ExpertListSchema,
} from '@bianping/core/campaigns/api';
import { OnsiteEntrySavedSchema, OnsiteFormSchema } from '@bianping/core/campaigns/onsite-api';
import { IndicatorSetListSchema } from '@bianping/core/indicators/api';
import { UnitDetailSchema } from '@bianping/core/registry';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { AssignedTargetsPage, OnsiteReview } from '../pages/OnsitePage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { inputFor } from '../support/score-input.ts';
import { openSession, type Session } from '../support/session.ts';

const NAME = '2026年度实地评估（测试）';
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const tablets = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];

/**
 * An evaluator reviews a target on site with a tablet: an officer launches a campaign on the demo
 * unit whose one team is led by the demo evaluator (through the API); the evaluator opens 我的评估任务,
 * scores two leaves in portrait (autosaved), raises a finding inline, records an interview on the
 * 主要负责人 outline, completes the remaining leaves, and submits; the page never scrolls sideways
 * in either orientation.
 */
describe.skipIf(!inject('browserAvailable'))('on-site review', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  const evaluator = accounts.evaluator ?? { username: '', password: '' };
  const unitUser = accounts.unit ?? { username: '', password: '' };
  let session: Session;
  let officerApi: ApiSession;
  let evaluatorApi: ApiSession;
  let campaignId = '';
  let unitId = '';
  let unitName = '';

  /** Campaign → common set → the demo unit → a team of the evaluator alone → launch → collecting. */
  async function seedCampaign() {
    const unitApi = await ApiSession.login(inject('baseURL'), unitUser.username, unitUser.password);
    unitId = (await unitApi.get('/auth/me', MeSchema)).roles.find((r) => r.role === 'unit')?.scopeId ?? '';
    const { unit } = await officerApi.get(`/units/${unitId}`, UnitDetailSchema);
    unitName = unit.name;
    const me = await evaluatorApi.get('/auth/me', MeSchema);
    const experts = await officerApi.get('/experts?pageSize=200', ExpertListSchema);
    const expertId = experts.items.find((e) => e.userId === me.id)?.id ?? '';
    const sets = await officerApi.get('/indicator-sets?kind=common&status=published', IndicatorSetListSchema);
    const common = sets.items.find((s) => s.name.includes('共性指标')) ?? sets.items[0];
    let detail = await officerApi.post(
      '/campaigns',
      { name: NAME, year: 2026, type: 'annual', regionId: unit.regionId, description: '' },
      CampaignDetailSchema,
    );
    campaignId = detail.campaign.id;
    const url = (rest: string) => `/campaigns/${campaignId}${rest}`;
    const phases = [
      { phase: 'self', start: isoDay(-10), end: isoDay(-2) },
      { phase: 'onsite', start: isoDay(-1), end: isoDay(20) },
    ];
    detail = await officerApi.put(
      url('/phases'),
      { version: detail.campaign.version, phases },
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
    const drawn = await officerApi.post(
      url('/teams/draw'),
      { version: added.version, seed: 1, teamCount: 1, membersPerTeam: 0, poolIds: [expertId] },
      CampaignTeamsSchema,
    );
    detail = await officerApi.post(url('/launch'), { version: drawn.version }, CampaignDetailSchema);
    await officerApi.post(
      url('/transition'),
      { version: detail.campaign.version, to: 'collecting' },
      CampaignDetailSchema,
    );
  }

  /** Every on-site leaf not scored yet, through the API. */
  async function scoreTheRest() {
    const base = `/campaigns/${campaignId}/targets/${unitId}/onsite`;
    const form = await evaluatorApi.get(base, OnsiteFormSchema);
    const scored = new Map(form.entries.map((e) => [e.nodeId, e]));
    for (const leaf of form.leaves) {
      const entry = scored.get(leaf.id);
      if (entry && Object.values(entry.input).some((v) => v !== null && v !== undefined)) continue;
      await evaluatorApi.put(
        `${base}/entries/${leaf.id}`,
        { input: inputFor(leaf.bounds), justification: '查阅台账，符合要求', version: entry?.version ?? 0 },
        OnsiteEntrySavedSchema,
      );
    }
  }

  beforeAll(async () => {
    officerApi = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    evaluatorApi = await ApiSession.login(inject('baseURL'), evaluator.username, evaluator.password);
    await seedCampaign();
    session = await openSession(inject('baseURL'), 'onsite');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('scores on a tablet, raises a finding, records an interview and submits', async () => {
    const { page, screenshot } = session;
    await page.setViewportSize(tablets[1] as { width: number; height: number });
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(evaluator.username, evaluator.password);
    await new AppShell(page).waitForHome();
    const tasks = new AssignedTargetsPage(page);
    await tasks.goto();
    await tasks.open(NAME, unitName);

    const review = new OnsiteReview(page);
    await review.waitUntilShown(unitName);
    const codes = await page
      .locator('[data-testid^="onsite-leaf-"]')
      .evaluateAll((cards) =>
        cards.map((c) => c.getAttribute('data-testid')?.slice('onsite-leaf-'.length) ?? ''),
      );
    expect(codes.length).toBeGreaterThanOrEqual(2);
    const [first = '', second = ''] = codes;

    await review.enterScore(first, '1');
    await review.fillJustification(first, '查阅三定方案及会议纪要，职责落实到位');
    await expect.poll(() => review.saveStatus(first).textContent()).toContain('已保存');
    await review.enterScore(second, '1');
    await review.fillJustification(second, '抽查人员台账 10 份，一致');
    await expect.poll(() => review.saveStatus(second).textContent()).toContain('已保存');
    await review.raiseFinding(second, {
      category: '领导职数',
      severity: '一般',
      description: '超职数配备副职一名',
    });
    await review.leaf(second).getByText('超职数配备副职一名').waitFor();
    await review.leaf(second).getByText('一般', { exact: true }).waitFor();
    expect(await review.scrollsSideways()).toBe(false);
    await screenshot('scored-portrait');

    await review.openTab(/访谈记录/);
    await review.recordInterview({
      outline: '主要负责人',
      role: '局长',
      questionIds: ['P1', 'P3'],
      notes: '职责与“三定”一致，编制需求有依据',
    });
    await page.getByTestId('interview').filter({ hasText: '局长' }).waitFor();
    expect(await review.scrollsSideways()).toBe(false);

    await page.setViewportSize(tablets[0] as { width: number; height: number });
    await review.openTab('资料审查');
    await page.getByRole('checkbox', { name: '工资报表' }).check();
    await page.getByRole('button', { name: '保存资料审查' }).click();
    await page.getByText('资料审查已保存').waitFor();
    expect(await review.scrollsSideways()).toBe(false);
    await screenshot('landscape');

    // The rest of the leaves through the API; the page reloads what the server holds.
    await scoreTheRest();
    await page.reload();
    await review.waitUntilShown(unitName);
    await expect
      .poll(() => page.getByLabel(`${first} 评分依据`).inputValue())
      .toBe('查阅三定方案及会议纪要，职责落实到位');
    await review.submit();
    await page.getByText('实地评估已提交并锁定，只能查看。').waitFor();
    expect(await page.getByLabel(`${first} 评分依据`).isDisabled()).toBe(true);
    await screenshot('submitted');
  });
});
