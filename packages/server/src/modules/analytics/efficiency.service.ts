import { analyzeDea } from '@bianping/core/analytics/dea';
import type {
  DeaRequestSchema,
  DeaResponse,
  EfficiencyInput,
  LeftOut,
  MalmquistRequestSchema,
  MalmquistResponse,
} from '@bianping/core/analytics/efficiency-api';
import { analyzeMalmquist } from '@bianping/core/analytics/malmquist';
import { AppError, ErrorCode, type LocalizedText } from '@bianping/core/errors';
import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import { BUDGET_MEASURE, measuresForCategory } from '@bianping/core/registry/workload-measures';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { listMeasureRules } from '../registry/workload-measures.queries.ts';
import { type GroupMember, membersOfYear, resolveGroup } from './peer-group.service.ts';

type DeaRequest = z.output<typeof DeaRequestSchema>;
type MalmquistRequest = z.output<typeof MalmquistRequestSchema>;

const inputLabels: Record<EfficiencyInput, LocalizedText> = {
  quota: { zh: '编制数', en: 'quota' },
  headcount: { zh: '实有人数', en: 'headcount' },
  budget: { zh: '预算', en: 'budget' },
};

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);

/** Outputs must be measures of the category (once each); the budget is an input, not an output. */
async function checkChoices(
  db: Db,
  request: { category: UnitCategory; inputs: string[]; outputs: string[] },
) {
  if (new Set(request.inputs).size !== request.inputs.length)
    throw invalid('inputs', '投入指标重复', 'an input is chosen twice');
  const definitions = await listMeasureRules(db);
  const allowed = new Set(measuresForCategory(definitions, request.category).map((d) => d.name));
  request.outputs.forEach((name, i) => {
    const field = `outputs[${i}]`;
    if (request.outputs.indexOf(name) !== i)
      throw invalid(field, `产出指标“${name}”重复`, `output "${name}" is chosen twice`);
    if (name === BUDGET_MEASURE)
      throw invalid(field, '预算是投入，不能作为产出', 'the budget is an input, not an output');
    if (definitions.length > 0 && !allowed.has(name))
      throw invalid(
        field,
        `“${name}”不是该类别的工作量指标`,
        `"${name}" is not a workload measure of the category`,
      );
  });
}

const inputOf = (m: GroupMember, input: EfficiencyInput) =>
  input === 'quota' ? m.quota : input === 'headcount' ? m.headcount : (m.workload[BUDGET_MEASURE] ?? null);

/** The member's DEA data, or why it cannot take part (never dropped silently). */
type MemberData = { reason: LocalizedText } | { inputs: number[]; outputs: number[] };

function dataOf(m: GroupMember, inputs: EfficiencyInput[], outputs: string[]): MemberData {
  const x = inputs.map((i) => inputOf(m, i));
  const y = outputs.map((o) => m.workload[o] ?? null);
  const gaps = [
    ...inputs.filter((_, j) => x[j] === null).map((i) => inputLabels[i]),
    ...outputs.filter((_, j) => y[j] === null).map((o) => ({ zh: o, en: o })),
  ];
  if (gaps.length)
    return {
      reason: {
        zh: `缺少${gaps.map((g) => g.zh).join('、')}`,
        en: `no ${gaps.map((g) => g.en).join(', ')}`,
      },
    };
  const xs = x as number[];
  const ys = y as number[];
  if (!xs.some((v) => v > 0)) return { reason: { zh: '投入均为 0', en: 'every input is 0' } };
  if (!ys.some((v) => v > 0)) return { reason: { zh: '产出均为 0', en: 'every output is 0' } };
  if ([...xs, ...ys].some((v) => v < 0)) return { reason: { zh: '有负数', en: 'a negative figure' } };
  return { inputs: xs, outputs: ys };
}

const leftOutOf = (m: GroupMember, reason: LocalizedText): LeftOut => ({
  key: m.key,
  source: m.source,
  unitId: m.unitId,
  name: m.name,
  regionName: m.regionName,
  reason,
});

function tooFew(count: number): AppError {
  return invalid(
    'category',
    `同类单位中只有 ${count} 个有完整数据，效率评价至少需要 2 个`,
    `only ${count} unit(s) of the group have complete figures; the analysis needs at least 2`,
  );
}

/** Slacks below this share of the largest figure are rounding, not room to improve. */
const SLACK_TOLERANCE = 1e-7;

/** DEA of a peer group in one year, with 可优化编制 (quota − quota target, whole posts). */
export async function runDea(db: Db, principal: Principal, request: DeaRequest): Promise<DeaResponse> {
  await checkChoices(db, request);
  const members = await membersOfYear(db, await resolveGroup(db, principal, request), request.year);
  const used: { member: GroupMember; inputs: number[]; outputs: number[] }[] = [];
  const leftOut: LeftOut[] = [];
  for (const m of members) {
    const data = dataOf(m, request.inputs, request.outputs);
    if ('reason' in data) leftOut.push(leftOutOf(m, data.reason));
    else used.push({ member: m, ...data });
  }
  if (used.length < 2) throw tooFew(used.length);
  const { results } = analyzeDea({
    dmus: used.map((u) => u.member.key),
    inputs: used.map((u) => u.inputs),
    outputs: used.map((u) => u.outputs),
    model: request.model,
    orientation: request.orientation,
    superEfficiency: request.superEfficiency,
  });
  const nameOf = new Map(used.map((u) => [u.member.key, u.member.name]));
  const quotaAt = request.inputs.indexOf('quota');
  const rows = results.map((r, i) => {
    const { member, inputs, outputs } = used[i] as (typeof used)[number];
    const slacks = [...r.inputSlacks, ...r.outputSlacks];
    const quotaTarget = quotaAt >= 0 ? r.targets.inputs[quotaAt] : null;
    const quota = inputs[quotaAt];
    return {
      key: member.key,
      source: member.source,
      unitId: member.unitId,
      name: member.name,
      regionName: member.regionName,
      inputValues: inputs,
      outputValues: outputs,
      efficiency: r.efficiency,
      infeasible: r.infeasible === true,
      // Pareto–Koopmans: radially efficient with no slack left (an infeasible super-efficiency model
      // means the unit lies on the frontier where no other unit can replace it).
      isEfficient:
        r.infeasible === true ||
        (r.efficiency !== null &&
          r.efficiency >= 1 - 1e-9 &&
          slacks.every((s) => (s ?? 0) <= SLACK_TOLERANCE * Math.max(1, ...inputs, ...outputs))),
      peers: Object.entries(r.lambdas)
        .map(([key, lambda]) => ({ key, name: nameOf.get(key) ?? key, lambda }))
        .sort((a, b) => b.lambda - a.lambda),
      inputTargets: r.targets.inputs,
      outputTargets: r.targets.outputs,
      reducibleQuota:
        quota === undefined || quotaTarget === null || quotaTarget === undefined
          ? null
          : Math.max(0, Math.floor(quota - quotaTarget + 1e-9)),
    };
  });
  return {
    year: request.year,
    inputs: request.inputs,
    outputs: request.outputs,
    model: request.model,
    orientation: request.orientation,
    superEfficiency: request.superEfficiency,
    rows,
    leftOut,
  };
}

/** Malmquist over consecutive years; only members with complete figures in every year take part. */
export async function runMalmquist(
  db: Db,
  principal: Principal,
  request: MalmquistRequest,
): Promise<MalmquistResponse> {
  if (request.toYear <= request.fromYear)
    throw invalid('toYear', '结束年份应晚于开始年份', 'the last year must come after the first');
  if (request.toYear - request.fromYear > 15)
    throw invalid('toYear', '跨度最多 15 年', 'at most 15 years apart');
  await checkChoices(db, request);
  const group = await resolveGroup(db, principal, request);
  const years = Array.from({ length: request.toYear - request.fromYear + 1 }, (_, i) => request.fromYear + i);
  const perYear = await Promise.all(years.map((y) => membersOfYear(db, group, y)));
  const latest = new Map<string, GroupMember>();
  for (const members of perYear) for (const m of members) latest.set(m.key, m);
  const data = new Map<string, { inputs: number[]; outputs: number[] }[]>();
  const leftOut: LeftOut[] = [];
  for (const [key, member] of latest) {
    const series: { inputs: number[]; outputs: number[] }[] = [];
    for (const [t, members] of perYear.entries()) {
      const m = members.find((x) => x.key === key);
      const d = m
        ? dataOf(m, request.inputs, request.outputs)
        : { reason: { zh: '无数据', en: 'no figures' } };
      if ('reason' in d) {
        leftOut.push(
          leftOutOf(member, { zh: `${years[t]} 年${d.reason.zh}`, en: `${years[t]}: ${d.reason.en}` }),
        );
        break;
      }
      series.push(d);
    }
    if (series.length === years.length) data.set(key, series);
  }
  if (data.size < 2) throw tooFew(data.size);
  const keys = [...data.keys()];
  const result = analyzeMalmquist({
    dmus: keys,
    orientation: request.orientation,
    periods: years.map((y, t) => ({
      label: String(y),
      inputs: keys.map((k) => data.get(k)?.[t]?.inputs ?? []),
      outputs: keys.map((k) => data.get(k)?.[t]?.outputs ?? []),
    })),
  });
  const yearOf = (t: number) => years[t] as number;
  return {
    years,
    rows: result.results.map((r) => {
      const m = latest.get(r.dmu) as GroupMember;
      return {
        key: m.key,
        source: m.source,
        unitId: m.unitId,
        name: m.name,
        regionName: m.regionName,
        changes: r.changes.map(({ from, to, ...c }) => ({
          fromYear: yearOf(from),
          toYear: yearOf(to),
          ...c,
        })),
      };
    }),
    means: result.means.map(({ from, to, ...c }) => ({ fromYear: yearOf(from), toYear: yearOf(to), ...c })),
    leftOut,
  };
}
