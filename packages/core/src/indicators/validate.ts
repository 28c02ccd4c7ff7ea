import { describeIssue } from '../validation.ts';
import { renumber } from './codes.ts';
import {
  type IndicatorNode,
  type IndicatorProblem,
  type IndicatorProblemCode,
  type IndicatorSetMeta,
  indicatorLimits,
} from './indicators.schemas.ts';
import { formatNumber as n } from './rules/numbers.ts';
import { ScoringRuleSchema } from './rules/rule.schemas.ts';
import { ruleKindInfo, takesRegistryFormula } from './rules/rule-kinds.ts';
import { childrenByParent, depthOf, parentIds } from './tree.ts';
import { indicatorRoles, ruleKinds } from './vocabulary.ts';

/**
 * Publish validation (发布校验) of a set: what the editor shows while a draft is written and what
 * publishing enforces. Errors block publishing; warnings point at likely oversights. Scored nodes
 * add up (children to their parent, the top level to the full mark); bonus and veto nodes stay
 * outside that sum, bonus items need caps, every leaf needs a valid rule fit for its role.
 */

export type ValidatableSet = Pick<IndicatorSetMeta, 'fullMark' | 'bonusCap'>;
export type ValidatableNode = Pick<
  IndicatorNode,
  | 'id'
  | 'parentId'
  | 'seq'
  | 'code'
  | 'level'
  | 'role'
  | 'name'
  | 'maxPoints'
  | 'rule'
  | 'sources'
  | 'checkpoints'
  | 'registryFormula'
>;

/** Points are compared in cents so that 0.1 + 0.2 equals 0.3. */
const cents = (points: number) => Math.round(points * 100);
const sumOf = (nodes: readonly { maxPoints: number }[]) =>
  nodes.reduce((s, c) => s + cents(c.maxPoints), 0) / 100;

type Report = (code: IndicatorProblemCode, node: ValidatableNode | null, zh: string, en: string) => void;
type Reporter = { error: Report; warning: Report };

function reporter(out: IndicatorProblem[]): Reporter {
  const add =
    (severity: 'error' | 'warning'): Report =>
    (code, node, zh, en) =>
      out.push({
        code,
        severity,
        nodeId: node?.id ?? null,
        nodeCode: node?.code ?? null,
        message: node
          ? { zh: `${node.code} ${node.name}：${zh}`, en: `${node.code} ${node.name}: ${en}` }
          : { zh, en },
      });
  return { error: add('error'), warning: add('warning') };
}

function checkSet(
  set: ValidatableSet,
  nodes: readonly ValidatableNode[],
  top: ValidatableNode[],
  r: Reporter,
) {
  if (!nodes.length) r.error('empty', null, '指标体系还没有指标', 'The set has no indicators yet');
  if (nodes.length > indicatorLimits.nodesPerSetMax) {
    r.error(
      'tooManyNodes',
      null,
      `指标最多 ${indicatorLimits.nodesPerSetMax} 个`,
      `A set has at most ${indicatorLimits.nodesPerSetMax} indicators`,
    );
  }
  const scoredTop = top.filter((t) => t.role === 'scored');
  const total = sumOf(scoredTop);
  if (nodes.length && cents(total) !== cents(set.fullMark)) {
    r.error(
      'topSumMismatch',
      null,
      `一级计分指标合计 ${n(total)} 分，应等于满分 ${n(set.fullMark)} 分`,
      `The top-level scored indicators add up to ${n(total)}, not the full mark of ${n(set.fullMark)}`,
    );
  }
  const hasBonus = nodes.some((x) => x.role === 'bonus');
  if (hasBonus && !(set.bonusCap && set.bonusCap > 0)) {
    r.error(
      'bonusCapMissing',
      null,
      '有加分项时须设定整套加分上限',
      'A set with bonus items needs a bonus cap',
    );
  }
  if (!hasBonus && set.bonusCap !== null) {
    r.warning(
      'bonusCapUnused',
      null,
      '设定了加分上限，但没有加分项',
      'A bonus cap is set but there are no bonus items',
    );
  }
}

function checkPlacement(nodes: readonly ValidatableNode[], r: Reporter) {
  const expected = new Map(renumber(nodes).map((x) => [x.id, x]));
  const seenIds = new Set<string>();
  const seenCodes = new Map<string, ValidatableNode>();
  for (const node of nodes) {
    if (seenIds.has(node.id)) r.error('duplicateId', node, '节点标识重复', 'its node id is used twice');
    seenIds.add(node.id);
    const depth = depthOf(nodes, node.id);
    if (depth === null) {
      r.error('unreachable', node, '上级指标不存在或形成循环', 'its parent is missing or part of a cycle');
      continue;
    }
    if (depth > indicatorLimits.maxLevel) {
      r.error(
        'tooDeep',
        node,
        `指标最多 ${indicatorLimits.maxLevel} 级，这是第 ${depth} 级`,
        `indicators have at most ${indicatorLimits.maxLevel} levels; this is level ${depth}`,
      );
    }
    const earlier = seenCodes.get(node.code);
    if (earlier)
      r.error('duplicateCode', node, `编号与另一指标重复`, `its code duplicates another indicator’s`);
    seenCodes.set(node.code, node);
    const want = expected.get(node.id);
    if (want && (want.code !== node.code || want.level !== node.level)) {
      r.error(
        'codeOutOfDate',
        node,
        `编号应为 ${want.code}（第 ${want.level} 级），请重新编号`,
        `its code should be ${want.code} (level ${want.level}); renumber the set`,
      );
    }
  }
}

function checkRule(node: ValidatableNode, set: ValidatableSet, r: Reporter) {
  const rule = node.rule;
  if (!rule) {
    r.error('leafWithoutRule', node, '末级指标须设定计分规则', 'a leaf indicator needs a scoring rule');
    return;
  }
  const parsed = ScoringRuleSchema.safeParse(rule);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const text = describeIssue(issue);
      const isFormula = rule.kind === 'formula' && issue.path[0] === 'expression';
      r.error(
        isFormula ? 'invalidFormula' : 'invalidRule',
        node,
        `计分规则 ${text.zh}`,
        `scoring rule ${text.en}`,
      );
    }
    return;
  }
  if (!ruleKindInfo[rule.kind].roles.includes(node.role)) {
    const kind = ruleKinds.labels[rule.kind];
    const role = indicatorRoles.labels[node.role];
    r.error(
      'ruleNotForRole',
      node,
      `${role.zh}不能使用“${kind.zh}”规则`,
      `a ${role.en.toLowerCase()} indicator cannot use the rule “${kind.en}”`,
    );
  }
  const max = node.maxPoints;
  const base = rule.kind === 'fallbackAverage' ? rule.base : rule;
  if (base.kind === 'grade' && Math.max(...base.levels.map((l) => l.fraction)) < 1) {
    r.warning('gradeNeverFull', node, '没有任何等次可得满分', 'no grade earns the full points');
  }
  if ((base.kind === 'rankPoints' || base.kind === 'rankFromBottom') && base.minPoints > max) {
    r.warning(
      'rankFloorAboveMax',
      node,
      `最低分 ${n(base.minPoints)} 高于满分 ${n(max)}`,
      `the floor ${n(base.minPoints)} is above the points ${n(max)}`,
    );
  }
  if (base.kind === 'deductPerCase' && base.maxDeduction !== null && base.maxDeduction > max) {
    r.warning(
      'deductionAboveMax',
      node,
      `最多扣分 ${n(base.maxDeduction)} 超过本项分值 ${n(max)}`,
      `the deduction cap ${n(base.maxDeduction)} exceeds the points ${n(max)}`,
    );
  }
  if (rule.kind === 'bonusPerCase' && set.bonusCap !== null && max > set.bonusCap) {
    r.warning(
      'bonusItemAboveSetCap',
      node,
      `本项加分上限 ${n(max)} 高于整套加分上限 ${n(set.bonusCap)}`,
      `the item cap ${n(max)} is above the set’s bonus cap ${n(set.bonusCap)}`,
    );
  }
}

/**
 * A leaf's registry data: a 台账取数 formula needs the registry among the sources and a rule that
 * reads a value or cases; a leaf scored by the registry alone without one gets no data at all.
 */
function checkRegistryFormula(node: ValidatableNode, r: Reporter) {
  const rule = node.rule;
  const readsRegistry = node.sources.includes('registry');
  if (node.registryFormula) {
    const misplaced = (zh: string, en: string) => r.error('registryFormulaMisplaced', node, zh, en);
    if (!readsRegistry)
      misplaced(
        '设有台账取数公式，但评分来源未勾选“台账数据”',
        'it has a registry formula but does not list the registry as a source',
      );
    else if (rule?.kind === 'formula')
      misplaced(
        '“公式计算”规则直接读取台账，不需另设台账取数公式',
        'a formula rule reads the registry itself; remove the registry formula',
      );
    else if (rule && !takesRegistryFormula(rule))
      misplaced(
        `“${ruleKinds.labels[rule.kind].zh}”规则不读取数值或例数，台账取数公式无法使用`,
        `the rule “${ruleKinds.labels[rule.kind].en}” reads no value or cases, so a registry formula cannot feed it`,
      );
    return;
  }
  const registryOnly = readsRegistry && node.sources.every((s) => s === 'registry');
  if (registryOnly && rule && rule.kind !== 'formula' && node.role !== 'veto')
    r.warning(
      'registryWithoutFormula',
      node,
      '仅由台账数据计分，但未设台账取数公式，评估时将没有数据',
      'it is scored from the registry alone but has no registry formula, so it will have no data',
    );
}

function checkNode(
  node: ValidatableNode,
  children: ValidatableNode[],
  parent: ValidatableNode | undefined,
  set: ValidatableSet,
  r: Reporter,
) {
  if (parent && parent.role !== node.role) {
    r.error(
      'roleMismatch',
      node,
      `类型应与上级指标一致（${indicatorRoles.labels[parent.role].zh}）`,
      `its role must match its parent’s (${indicatorRoles.labels[parent.role].en})`,
    );
  }
  if (node.role === 'veto' && node.maxPoints !== 0) {
    r.error(
      'vetoWithPoints',
      node,
      '否决项不计分，分值应为 0',
      'a veto item carries no points; set them to 0',
    );
  }
  if (node.role === 'bonus' && !(node.maxPoints > 0)) {
    r.error(
      'bonusWithoutCap',
      node,
      '加分项须设定本项加分上限（分值大于 0）',
      'a bonus item needs its cap (points above 0)',
    );
  }
  if (children.length) {
    if (node.rule)
      r.error(
        'groupWithRule',
        node,
        '有下级指标的指标不设计分规则，由下级计分',
        'an indicator with sub-indicators has no rule of its own',
      );
    if (node.registryFormula)
      r.error(
        'registryFormulaMisplaced',
        node,
        '有下级指标的指标不设台账取数公式，由下级取数',
        'an indicator with sub-indicators has no registry formula of its own',
      );
    const sum = sumOf(children);
    if (node.role === 'scored' && cents(sum) !== cents(node.maxPoints)) {
      r.error(
        'sumMismatch',
        node,
        `下级指标合计 ${n(sum)} 分，与本指标分值 ${n(node.maxPoints)} 分不符`,
        `its sub-indicators add up to ${n(sum)}, not its ${n(node.maxPoints)} points`,
      );
    }
    const names = children.map((c) => c.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate)
      r.warning(
        'duplicateName',
        node,
        `下级指标“${duplicate}”重名`,
        `two sub-indicators are named “${duplicate}”`,
      );
    return;
  }
  checkRule(node, set, r);
  checkRegistryFormula(node, r);
  if (node.role === 'scored' && node.maxPoints === 0)
    r.warning('zeroPoints', node, '分值为 0', 'it carries 0 points');
  if (!node.sources.length) r.warning('noSources', node, '未指定评分来源', 'no source is named to score it');
  if (node.role !== 'veto' && !node.checkpoints.length)
    r.warning('noCheckpoints', node, '未填写评估要点', 'no checkpoint is written');
}

/** Every problem of the set, errors first, each in tree order. */
export function validateSet(set: ValidatableSet, nodes: readonly ValidatableNode[]): IndicatorProblem[] {
  const problems: IndicatorProblem[] = [];
  const r = reporter(problems);
  const children = childrenByParent(nodes);
  const byId = new Map(nodes.map((x) => [x.id, x]));
  checkSet(set, nodes, children.get(null) ?? [], r);
  checkPlacement(nodes, r);
  const groups = parentIds(nodes);
  for (const node of renumber(nodes)) {
    const original = byId.get(node.id) as ValidatableNode;
    checkNode(
      original,
      groups.has(node.id) ? (children.get(node.id) ?? []) : [],
      node.parentId ? byId.get(node.parentId) : undefined,
      set,
      r,
    );
  }
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
}

/** Whether a set may be published: no errors (warnings are allowed). */
export const canPublish = (problems: readonly IndicatorProblem[]) =>
  problems.every((p) => p.severity !== 'error');
