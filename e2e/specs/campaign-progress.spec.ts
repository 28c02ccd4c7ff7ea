import { MeSchema } from '@bianping/core/auth';
import { CampaignDetailSchema, CampaignTargetsAddResultSchema } from '@bianping/core/campaigns/api';
import { IndicatorSetListSchema } from '@bianping/core/indicators/api';
import { UnitDetailSchema } from '@bianping/core/registry';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

const NAME = '2026年度评估进度（测试）';

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The 进度 tab of a launched campaign (/campaigns/:id?tab=progress). */
class ProgressTab {
  constructor(private readonly page: Page) {}

  async open(campaignId: string, name: string) {
    await this.page.goto(`/campaigns/${campaignId}`);
    await this.page.getByRole('tab', { name: '进度' }).click();
    await this.page.getByRole('heading', { name }).waitFor();
    await this.page.getByText('各阶段状态分布').waitFor();
  }

  /** The table row of a target. */
  row(unitName: string) {
    return this.page.locator('.ant-table-row').filter({ hasText: unitName });
  }

  /** Picks 导出 → the format and returns the name the browser would save the file under. */
  async export(format: '导出 Excel' | '导出 CSV'): Promise<string> {
    await this.page.getByRole('button', { name: /导出/ }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator('.ant-dropdown:visible').getByText(format).click(),
    ]);
    return download.suggestedFilename();
  }
}

/**
 * The dashboard: an officer launches (through the API) a campaign whose self phase ended two days
 * ago on the demo unit; on the campaign's 进度 tab the unit's self phase shows as not started and
 * overdue, the phase card counts it, and the progress exports as Excel and CSV.
 */
describe.skipIf(!inject('browserAvailable'))('campaign progress', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  const unitUser = accounts.unit ?? { username: '', password: '' };
  let session: Session;
  let campaignId = '';
  let unitName = '';

  async function seedCampaign(officerApi: ApiSession, unitApi: ApiSession) {
    const me = await unitApi.get('/auth/me', MeSchema);
    const unitId = me.roles.find((r) => r.role === 'unit')?.scopeId ?? '';
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
      { version: detail.campaign.version, phases: [{ phase: 'self', start: isoDay(-20), end: isoDay(-2) }] },
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
    await officerApi.post(url('/launch'), { version: added.version }, CampaignDetailSchema);
  }

  beforeAll(async () => {
    const officerApi = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    const unitApi = await ApiSession.login(inject('baseURL'), unitUser.username, unitUser.password);
    await seedCampaign(officerApi, unitApi);
    session = await openSession(inject('baseURL'), 'campaign-progress');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the target’s self phase as overdue and exports the progress', async () => {
    const { page, screenshot } = session;
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();

    const progress = new ProgressTab(page);
    await progress.open(campaignId, NAME);
    const row = progress.row(unitName);
    await row.waitFor();
    expect(await row.textContent()).toContain('未开始');
    expect(await row.textContent()).toMatch(/逾期 \d+ 天/);
    expect(await page.getByTestId('progress-phase-self').textContent()).toContain('单位自评');
    await screenshot('dashboard');

    await page.getByText('只看逾期').click();
    await row.waitFor();

    expect(await progress.export('导出 Excel')).toMatch(/^评估进度_.*\.xlsx$/);
    expect(await progress.export('导出 CSV')).toMatch(/^评估进度_.*\.csv$/);
  });
});
