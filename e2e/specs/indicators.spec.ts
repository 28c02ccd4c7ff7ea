import {
  AhpApplyResultSchema,
  AhpViewSchema,
  type IndicatorSetDetail,
  IndicatorSetDetailSchema,
} from '@bianping/core/indicators/api';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppShell } from '../pages/AppShell.ts';
import { IndicatorEditor, IndicatorSetsPage } from '../pages/IndicatorsPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ApiSession } from '../support/api.ts';
import '../support/provided.ts';
import { openSession, type Session } from '../support/session.ts';

const SET_NAME = '示范县共性指标（测试）';

/** Two level-1 indicators written by a colleague through the API, each with two leaves and their rules. */
const seededGroups = [
  {
    name: '机构设置',
    leaves: [
      { name: '内设机构规范', rule: { kind: 'deductPerCase', pointsPerCase: 1, maxDeduction: null } },
      { name: '议事协调机构清理', rule: { kind: 'manual' } },
    ],
  },
  {
    name: '管理规范',
    leaves: [
      { name: '服务对象满意度', rule: { kind: 'surveyRate', zeroRate: 0, fullRate: 1 } },
      {
        name: '问题按期整改',
        rule: {
          kind: 'deductTiered',
          tiers: [
            { atLeast: 1, deduct: 0.5 },
            { atLeast: 2, deduct: 'all' },
          ],
        },
      },
    ],
  },
];

/**
 * An officer builds a two-level set — a colleague's concurrent edit refuses one step and reloads
 * the set — writes a grade scale and a formula (fixing a typo the check points at), weighs the
 * level-1 indicators by AHP (an inconsistent matrix is refused, the corrected one applied),
 * publishes the set and starts its next edition. A unit liaison sees the published edition only.
 */
describe.skipIf(!inject('browserAvailable'))('indicator library', () => {
  const accounts = inject('demoAccounts');
  const officer = accounts.officer ?? { username: '', password: '' };
  const liaison = accounts.unit ?? { username: '', password: '' };
  let session: Session;
  let api: ApiSession;
  let setId = '';
  let draftId = '';

  const path = (suffix = '') => `/indicator-sets/${setId}${suffix}`;
  const fetchDetail = () => api.get(path(), IndicatorSetDetailSchema);
  const fetchDraft = () => api.get(`/indicator-sets/${draftId}`, IndicatorSetDetailSchema);

  /** A colleague's edits through the API, each on the version it just read. */
  async function seedGroups() {
    let detail: IndicatorSetDetail = await fetchDetail();
    for (const group of seededGroups) {
      detail = await api.post(
        path('/nodes'),
        { version: detail.set.version, parentId: null, name: group.name, maxPoints: 0 },
        IndicatorSetDetailSchema,
      );
      const parentId = detail.nodes.find((n) => n.name === group.name)?.id;
      for (const leaf of group.leaves) {
        detail = await api.post(
          path('/nodes'),
          {
            version: detail.set.version,
            parentId,
            maxPoints: 0,
            sources: ['onsite'],
            checkpoints: ['查阅有关文件和台账'],
            ...leaf,
          },
          IndicatorSetDetailSchema,
        );
      }
    }
  }

  /** Equal weights for the two leaves of each seeded group, applied as points. */
  async function weighSeededGroups() {
    for (const group of seededGroups) {
      const parentId = (await fetchDetail()).nodes.find((n) => n.name === group.name)?.id ?? null;
      await api.put(
        path('/ahp'),
        {
          parentId,
          matrix: [
            [1, 1],
            [null, 1],
          ],
        },
        AhpViewSchema,
      );
      const { set } = await fetchDetail();
      await api.post(path('/ahp/apply'), { version: set.version, parentId }, AhpApplyResultSchema);
    }
  }

  beforeAll(async () => {
    api = await ApiSession.login(inject('baseURL'), officer.username, officer.password);
    session = await openSession(inject('baseURL'), 'indicators');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.screenshot(`failed-${task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('builds a two-level set, weighs it by AHP and publishes it', async () => {
    const { page, screenshot } = session;
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).menuItem('指标体系').click();
    const list = new IndicatorSetsPage(page);
    await list.waitUntilShown();
    await list.create(SET_NAME);
    const editor = new IndicatorEditor(page);
    await editor.waitUntilShown(SET_NAME);
    setId = new URL(page.url()).pathname.split('/').pop() ?? '';

    // A colleague adds two level-1 indicators meanwhile: the next edit here is refused, the set reloads.
    await seedGroups();
    await editor.addTopLevel('履职尽责');
    await editor.message(/刚被他人修改/);
    await editor.treeNode('管理规范').waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^添\s?加$/ })
      .click();
    await editor.treeNode('履职尽责').waitFor();
    expect(await editor.codeOf('履职尽责')).toBe('3');

    // Dragged above 机构设置, it becomes indicator 1 and the others renumber.
    await editor
      .treeNode('履职尽责')
      .dragTo(editor.treeNode('机构设置'), { targetPosition: { x: 40, y: 2 } });
    await expect.poll(() => editor.codeOf('履职尽责')).toBe('1');
    expect(await editor.codeOf('管理规范')).toBe('3');

    // A leaf scored on a grade scale, its description generated from the parameters.
    await editor.select('履职尽责');
    await editor.addChild('职责履行到位');
    await editor.nodePanel().getByText('1.1 职责履行到位').waitFor();
    await editor.chooseRule('等次折算');
    await page.getByRole('checkbox', { name: '实地评估' }).check();
    await editor.saveNode();
    await page
      .getByTestId('rule-description')
      .getByText(/按等次折算满分：好 100%、较好 80%/)
      .waitFor();

    // A leaf computed by formula: the check marks the misspelt measure, the corrected one has a value.
    await editor.select('履职尽责');
    await editor.addChild('编制使用合规');
    await editor.chooseRule('公式计算');
    const formula = page.getByLabel('公式', { exact: true });
    await formula.fill('min(1, headcount / quotaa)');
    await page.getByText('公式有 1 处错误').waitFor();
    expect(await page.getByTestId('formula-source').locator('mark').textContent()).toBe('quotaa');
    await formula.fill('min(1, headcount / quota)');
    await page.getByText('公式有效，读取：headcount、quota').waitFor();
    await page.getByText(/^示例单位的计算结果：/).waitFor();
    await page.getByRole('checkbox', { name: '台账数据' }).check();
    await editor.saveNode();

    // AHP on the level-1 indicators: an inconsistent matrix cannot be applied.
    await page.getByRole('button', { name: 'AHP 赋权（一级）' }).click();
    await editor.ahpDrawer().getByRole('region', { name: '判断矩阵' }).waitFor();
    await editor.compare('1 履职尽责', '2 机构设置', '行指标介于同等与稍微重要之间');
    await editor.compare('1 履职尽责', '3 管理规范', '列指标明显重要');
    await editor.compare('2 机构设置', '3 管理规范', '行指标介于同等与稍微重要之间');
    await editor.saveJudgement();
    await editor
      .crTag()
      .first()
      .getByText(/一致性不可接受/)
      .waitFor();
    expect(await editor.ahpDrawer().locator('[data-inconsistent="true"]').count()).toBeGreaterThan(0);
    await editor
      .ahpDrawer()
      .getByText(/请调整以下标红的比较/)
      .waitFor();
    expect(await editor.applyButton().isDisabled()).toBe(true);
    await screenshot('ahp-inconsistent');

    // Corrected, saved and applied: 54 / 29.5 / 16.5 points, exactly the full mark.
    await editor.compare('1 履职尽责', '3 管理规范', '行指标稍微重要');
    await editor
      .crTag()
      .first()
      .getByText(/一致性可接受/)
      .waitFor();
    await editor.saveJudgement();
    await expect.poll(() => editor.applyButton().isDisabled()).toBe(false);
    await editor.applyButton().click();
    await editor.message('已按权重分配分值');
    await screenshot('ahp-applied');
    await editor.closeDrawer();
    await editor.treeNode('履职尽责').getByText('54 分').waitFor();
    await editor.treeNode('机构设置').getByText('29.5 分').waitFor();
    await editor.treeNode('管理规范').getByText('16.5 分').waitFor();
    await page.getByTestId('set-total').getByText('一级指标合计 100 分').waitFor();

    // The level-2 points: the colleague weighs the seeded groups, the officer the own one here.
    await weighSeededGroups();
    await page.reload();
    await editor.select('履职尽责');
    await editor.nodePanel().getByRole('button', { name: 'AHP 赋权' }).click();
    await editor.saveJudgement();
    await editor.applyButton().click();
    await editor.message('已按权重分配分值');
    await editor.closeDrawer();
    await editor.treeNode('职责履行到位').getByText('27 分').waitFor();

    // No errors left: publishing freezes the set.
    await page.getByText(/^0 个错误/).waitFor();
    await editor.publish();
    await page.getByText('第 1 版已发布，内容不能再修改').waitFor();
    expect(await page.getByRole('button', { name: '保存指标' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '添加一级指标' }).count()).toBe(0);
    await editor.select('职责履行到位');
    expect(await editor.nodePanel().getByLabel('指标名称').isDisabled()).toBe(true);
    await screenshot('published');

    // The next edition starts as a draft copy.
    await page.getByRole('button', { name: '新建版本' }).click();
    await editor.message('已创建第 2 版草稿');
    await page.waitForURL((url) => !url.pathname.endsWith(setId));
    draftId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByText('一级指标合计 100 分').waitFor();
  });

  it('shows a unit liaison the published edition, never the draft', async () => {
    const { page } = session;
    await page.context().clearCookies();
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(liaison.username, liaison.password);
    await new AppShell(page).waitForHome();
    await new AppShell(page).menuItem('指标体系').click();
    const list = new IndicatorSetsPage(page);
    await list.waitUntilShown();
    const row = list.row(SET_NAME);
    await row.getByText('第 1 版').waitFor();
    await row.getByText('已发布').waitFor();
    expect(await row.getByText('草稿').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^新\s?建$/ }).count()).toBe(0);

    await page.goto(`/indicators/${draftId}`);
    await page.getByRole('button', { name: '返回指标体系' }).waitFor();
    expect(await page.getByRole('tree', { name: '指标结构' }).count()).toBe(0);
  });

  it('maps a registry-scored leaf of the draft edition to a registry measure (台账取数公式)', async () => {
    const { page, screenshot } = session;
    await page.context().clearCookies();
    await new LoginPage(page).goto();
    await new LoginPage(page).logIn(officer.username, officer.password);
    await new AppShell(page).waitForHome();
    await page.goto(`/indicators/${draftId}`);
    const editor = new IndicatorEditor(page);
    await editor.waitUntilShown(SET_NAME);
    await editor.select('编制使用合规');
    // A formula rule reads the registry itself: no separate registry formula.
    expect(await page.getByLabel('台账取数公式').count()).toBe(0);
    await editor.chooseRule('达标线性扣分');
    const field = page.getByLabel('台账取数公式');
    await field.fill('useRat');
    await page.getByText('公式有 1 处错误').waitFor();
    await field.fill('useRate');
    await page.getByText('公式有效，读取：useRate').waitFor();
    await editor.saveNode();
    await screenshot('registry-formula');
    await page.reload();
    await editor.select('编制使用合规');
    expect(await page.getByLabel('台账取数公式').inputValue()).toBe('useRate');
    const saved = (await fetchDraft()).nodes.find((n) => n.name === '编制使用合规');
    expect(saved?.registryFormula).toBe('useRate');
    expect(saved?.rule?.kind).toBe('thresholdLinear');
  });
});
