import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { EfficiencyPage } from '../pages/EfficiencyPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

/**
 * 使用效益 on the demo county: the officer rates the 行政审批 units and their peer benchmarks by DEA
 * (an efficient unit is tagged, the frontier chart is drawn), runs Malmquist over the demo years,
 * estimates a school's quota from its many peers, and is refused an estimate for the 行政审批服务局,
 * whose only peers are the three neighbouring counties' bureaus (one measure needs four).
 */
describe.skipIf(!inject('browserAvailable'))('staffing efficiency', () => {
  const officer = inject('demoAccounts').officer ?? { username: '', password: '' };
  let session: Session;
  let page: Page;
  let efficiency: EfficiencyPage;

  beforeAll(async () => {
    session = await openSession(inject('baseURL'), 'efficiency');
    page = session.page;
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).navigate('分析', '使用效益');
    efficiency = new EfficiencyPage(page);
    await efficiency.waitUntilShown();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('rates a category by DEA: table with an efficient unit, units left out, frontier chart', async () => {
    await efficiency.choose('行业类别', '行政审批');
    await efficiency.choose('产出（工作量指标）', '办件量');
    await efficiency.run();
    await efficiency.tableRows().first().waitFor();
    expect(await efficiency.panel.locator('.ant-tag').filter({ hasText: '有效' }).count()).toBeGreaterThan(0);
    expect(await efficiency.panel.getByText(/未纳入计算的单位/).count()).toBe(1);
    await efficiency.chartCanvas().waitFor();
    await efficiency.tableRows().first().locator('.ant-table-row-expand-icon').click();
    await efficiency.panel.getByText('参照单位（λ）').first().waitFor();
    await session.screenshot('dea');
  });

  it('runs Malmquist over the years with its line chart', async () => {
    await efficiency.openTab('malmquist');
    await efficiency.choose('行业类别', '行政审批');
    await efficiency.choose('产出（工作量指标）', '办件量');
    await efficiency.run();
    await efficiency.tableRows().first().waitFor();
    expect(await efficiency.tableRows().first().textContent()).toMatch(/\d{4}→\d{4}/);
    await efficiency.chartCanvas().waitFor();
    await session.screenshot('malmquist');
  });

  it('estimates a school’s quota and refuses a unit with too few peers', async () => {
    await efficiency.openTab('need');
    await efficiency.choose('单位', '示范县第一中学', '第一中学');
    await efficiency.choose('工作量指标', '在校生数', '在校生数');
    await efficiency.run('开始测算');
    await efficiency.panel.getByText('测算编制数').waitFor();
    expect(await efficiency.panel.getByText(/95% 预测区间/).count()).toBe(1);
    await efficiency.chartCanvas().waitFor();
    await session.screenshot('staffing-need');

    await efficiency.choose('单位', '示范县行政审批服务局', '行政审批服务局');
    await efficiency.removeTag('在校生数');
    await efficiency.choose('工作量指标', '办件量', '办件量');
    await efficiency.run('开始测算');
    await efficiency.alert().waitFor();
    expect(await efficiency.alert().textContent()).toContain('同类单位过少');
    await session.screenshot('staffing-need-refused');
  });
});
