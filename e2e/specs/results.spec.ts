import { CampaignListSchema } from '@bianping/core/campaigns';
import { CampaignScoresSchema } from '@bianping/core/scoring/api';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ExplanationPage, ResultsTab } from '../pages/ResultsPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

/** The demo's campaign under way (self-assessment done, on-site and external ratings in progress). */
const RUNNING = '2026年机构编制大督导（示范县）';
/** The demo's finished campaign: closed, so its stored scores can be read but not recomputed. */
const FINISHED = '2025年度机构编制执行情况和使用效益评估（示范县）';

/**
 * 综合评定: the demo officer opens a demo campaign's 综合评定 tab — the finished one when the demo
 * stored its scores, otherwise the running one, recomputed with 重新计算 — sees ranked rows with
 * grades, opens the first target's explanation, whose sets' parts add up to the total, opens a
 * leaf's drawer, and compares the ranking with the entropy-weight lens (ρ and τ shown).
 */
describe.skipIf(!inject('browserAvailable'))('overall score', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  let session: Session;
  let campaignId = '';
  let needsRun = false;

  beforeAll(async () => {
    const base = inject('baseURL');
    const api = await ApiSession.login(base, officer.username, officer.password);
    const idOf = async (name: string) =>
      (await api.get(`/campaigns?q=${encodeURIComponent(name)}`, CampaignListSchema)).items.find(
        (c) => c.name === name,
      )?.id ?? '';
    const finished = await idOf(FINISHED);
    const stored = finished ? await api.get(`/campaigns/${finished}/scores`, CampaignScoresSchema) : null;
    needsRun = !stored?.computedAt;
    campaignId = needsRun ? await idOf(RUNNING) : finished;
    session = await openSession(base, 'results');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('ranks the targets, explains a score that adds up, and compares a lens', async () => {
    expect(campaignId).not.toBe('');
    const { page, screenshot } = session;
    const login = new LoginPage(page);
    await login.goto();
    await login.logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();

    const results = new ResultsTab(page);
    await results.open(campaignId);
    if (needsRun) await results.rescore();
    const first = await results.firstRow();
    expect(first.unitName).not.toBe('');
    expect(first.grade).toMatch(/^(优秀|良好|合格|不合格)$/);
    expect(await results.rankingRows().count()).toBeGreaterThan(1);
    await screenshot('ranking');

    await results.openExplanation(first.unitName);
    const explanation = new ExplanationPage(page);
    await explanation.waitUntilShown(first.unitName);
    expect(await explanation.headers()).toEqual(
      expect.arrayContaining([
        '项目',
        '评分办法',
        '核心指标',
        '指标数据',
        '平均值',
        '排名',
        '得分',
        '同比去年',
      ]),
    );
    const parts = await explanation.setContributions();
    expect(parts.length).toBeGreaterThan(0);
    const total = await explanation.total();
    // Each figure is shown to two decimals, so the shown parts may differ from the total by rounding.
    expect(Math.abs(parts.reduce((a, b) => a + b, 0) - total)).toBeLessThanOrEqual(0.01 * parts.length);
    await screenshot('explanation');
    const drawer = await explanation.openFirstLeaf();
    expect(await drawer.textContent()).toContain('计分规则');
    await screenshot('leaf');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '返回综合评定' }).click();
    await results.firstRow();
    const lens = await results.runLens('熵权法');
    expect(lens.rho).toMatch(/^-?\d(\.\d+)?$/);
    expect(lens.tau).toMatch(/^-?\d(\.\d+)?$/);
    expect(lens.rows).toBeGreaterThan(1);
    await screenshot('lens');
  });
});
