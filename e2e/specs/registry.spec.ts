import { UnitDetailSchema } from '@bianping/core/registry';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { CorrectionsPage } from '../pages/CorrectionsPage.ts';
import { ImportPage } from '../pages/ImportPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { RegistryPage } from '../pages/RegistryPage.ts';
import { UnitPage } from '../pages/UnitPage.ts';
import { WarningsPage } from '../pages/WarningsPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { findQuotaTarget, type QuotaTarget, withWrongCheckChar } from '../support/quota-target.ts';
import { openSession, type Session } from '../support/session.ts';
import { type Cell, workbook } from '../support/workbook.ts';

const HEADER: Cell[] = [
  '统一社会信用代码',
  '单位名称',
  '编制类型',
  '经费形式',
  '核定编制数',
  '批准文号',
  '变动摘要',
];

/**
 * A staffing officer's day with the registry of the demo county: an 编制与实有 sheet is imported
 * (first with mistakes, which the dry run lists by row and column, then corrected), a warning
 * scan finds the unit the import put over its quota, and the unit page shows the chart and the
 * warning, which the officer verifies; an edit made on a stale copy is refused. Then the unit's
 * liaison asks for a correction and the officer accepts it.
 */
describe.skipIf(!inject('browserAvailable'))('registry: import, warnings, unit page, corrections', () => {
  const officer = inject('demoAccounts').officer ?? { username: '', password: '' };
  const liaison = inject('demoAccounts').unit ?? { username: '', password: '' };
  let session: Session;
  let api: ApiSession;
  let target: QuotaTarget;

  beforeAll(async () => {
    api = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    target = await findQuotaTarget(api);
    session = await openSession(inject('baseURL'), 'registry');
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

  /** One row setting the target's quota one below its headcount: the import puts it over. */
  const goodRow = (): Cell[] => [
    target.creditCode,
    target.name,
    target.staffingType,
    target.fundingForm,
    target.headcount - 1,
    '示编〔2026〕88号',
    '精简核减',
  ];

  it('lists the mistakes of an uploaded sheet by row and column, and imports the corrected one', async () => {
    const { page, screenshot } = session;
    const imports = new ImportPage(page);
    await logIn(officer.username, officer.password);
    await new AppShell(page).navigate('台账', '数据导入');
    await imports.waitUntilShown();
    await imports.chooseKind('编制与实有');
    expect(await imports.downloadTemplate('编制与实有')).toBe('编制与实有_导入模板.xlsx');

    const withErrors = await workbook('编制与实有', [
      HEADER,
      goodRow(),
      [
        withWrongCheckChar(target.creditCode),
        target.name,
        target.staffingType,
        target.fundingForm,
        5,
        '示编〔2026〕89号',
        null,
      ],
      [target.creditCode, target.name, '行政编制X', target.fundingForm, -3, null, null],
    ]);
    await imports.upload('编制与实有-有误.xlsx', withErrors);
    await page.getByText('发现 3 处错误，不能导入').waitFor();
    const rows = await imports.errorRows();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^编制与实有3A\s*统一社会信用代码.*校验位错误/);
    expect(rows[1]).toMatch(/^编制与实有4C\s*编制类型行政编制X.*不是可选值/);
    expect(rows[2]).toMatch(/^编制与实有4E\s*核定编制数-3不能为负数/);
    expect(await imports.commitButton().count()).toBe(0);
    await screenshot('01-import-errors');

    await page.getByRole('button', { name: '重新上传' }).click();
    await imports.upload('编制与实有.xlsx', await workbook('编制与实有', [HEADER, goodRow()]));
    await page.getByText('未发现错误，可以导入').waitFor();
    await screenshot('02-import-clean-preview');
    await imports.commit();
    const counts = await imports.waitForDone('编制与实有');
    expect(counts).toContain('共 1 行');
    expect(counts).toContain('更新 1');
    await screenshot('03-import-done');
  });

  it('runs a warning scan that finds the unit over its quota', async () => {
    const { page, screenshot } = session;
    const warnings = new WarningsPage(page);
    await new AppShell(page).navigate('台账', '预警');
    await warnings.waitUntilShown();
    const done = await warnings.scan();
    expect(done).toMatch(/扫描完成：\d+ 个单位/);
    expect(await warnings.liveCount('红色')).toBeGreaterThan(0);
    await page.getByRole('img', { name: '各规则在办预警' }).locator('canvas').waitFor();
    await screenshot('04-warnings-after-scan');
  });

  it('finds the unit through the 预警 filter and shows its chart and warning', async () => {
    const { page, screenshot } = session;
    const registry = new RegistryPage(page);
    const unit = new UnitPage(page);
    await new AppShell(page).navigate('台账', '机构编制台账');
    await registry.waitUntilShown();
    await registry.filter({ name: target.name, warning: 'W01' });
    await registry.unitLink(target.name).waitFor();
    await screenshot('05-registry-filtered-by-warning');

    await registry.unitLink(target.name).click();
    await unit.waitUntilShown(target.name);
    await unit.openTab('编制与实有');
    await unit.chartCanvas('各类编制数与实有人数').first().waitFor();
    expect(await unit.chartCanvas('各类编制数与实有人数').count()).toBeGreaterThan(0);
    await page.getByText('示编〔2026〕88号').waitFor();
    await screenshot('06-unit-staffing');

    await unit.openTab(/^预警/);
    const row = unit.warningRow('W01');
    await row.waitFor();
    expect(await row.textContent()).toContain('超编 1 名');
    await screenshot('07-unit-warnings');

    await row.getByRole('button', { name: /核\s*实/ }).click();
    const dialog = page.getByRole('dialog', { name: '预警处理：核实' });
    await dialog.getByLabel('处理说明').fill('已与单位核对，确系超编，责令限期整改');
    await dialog.getByRole('button', { name: /核\s*实/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await unit.warningRow('W01').filter({ hasText: '已核实' }).waitFor();
    await screenshot('08-warning-verified');
  });

  it('never overwrites a change someone else saved meanwhile', async () => {
    const { page, screenshot } = session;
    const unit = new UnitPage(page);
    await unit.openTab('编制与实有');
    await page.getByRole('button', { name: '编制核增/核减' }).click();
    const dialog = page.getByRole('dialog', { name: '编制核增/核减' });
    await dialog.getByLabel('变动数（名）').fill('2');
    await dialog.getByLabel('批准文号').fill('示编〔2026〕99号');

    // A colleague saves the unit while the dialog is open.
    const current = await api.get(`/units/${target.id}`, UnitDetailSchema);
    await api.patch(
      `/units/${target.id}`,
      { version: current.unit.version, foundingDocNo: '示编〔2026〕1号' },
      UnitDetailSchema,
    );

    await dialog.getByRole('button', { name: '记入台账' }).click();
    await page.getByText('该记录已被他人修改').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await screenshot('09-stale-version-refused');
    expect(await page.getByText('示编〔2026〕99号').count()).toBe(0);
    const after = await api.get(`/units/${target.id}`, UnitDetailSchema);
    expect(after.quotaLedger.some((e) => e.docNo === '示编〔2026〕99号')).toBe(false);
    expect(after.unit.version).toBe(current.unit.version + 1);
  });

  it("takes the unit's liaison to its own page, where it asks for a correction", async () => {
    const { page, screenshot } = session;
    const shell = new AppShell(page);
    const corrections = new CorrectionsPage(page);
    await shell.logOut();
    await logIn(liaison.username, liaison.password);
    await shell.navigate('台账', '机构编制台账');
    await page.waitForURL(/\/registry\/units\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: '申请更正' }).waitFor();
    expect(await page.getByRole('button', { name: '编辑基本信息' }).count()).toBe(0);

    await corrections.file('编制与实有', '行政编制实有人数应为 12 名，台账记为 13 名，请核对更正');
    await corrections.row('请核对更正').filter({ hasText: '待处理' }).waitFor();
    await screenshot('10-liaison-correction-request');
  });

  it('lets the officer accept the correction request', async () => {
    const { page, screenshot } = session;
    const shell = new AppShell(page);
    const corrections = new CorrectionsPage(page);
    await shell.logOut();
    await logIn(officer.username, officer.password);
    await shell.navigate('台账', '更正申请');
    await corrections.waitUntilShown();
    await corrections.row('请核对更正').waitFor();
    await corrections.decide('请核对更正', '受理', '已核实，台账已更正');
    await page.getByText('已受理更正申请').waitFor();
    await page.getByText('已受理', { exact: true }).first().click();
    await corrections.row('请核对更正').filter({ hasText: '已核实，台账已更正' }).waitFor();
    await screenshot('11-corrections-accepted');
  });
});
