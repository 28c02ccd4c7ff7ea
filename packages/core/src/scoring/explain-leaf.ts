import type { ExternalRatingMapping } from '../campaigns/grading.ts';
import { externalRatingLevels } from '../campaigns/vocabulary.ts';
import type { LocalizedText } from '../errors.ts';
import { type PeerContext, scoreLeaf } from '../indicators/rules/evaluate.ts';
import { formatNumber as n, formatPercent as pct } from '../indicators/rules/numbers.ts';
import { summariseComparison } from '../indicators/rules/peers.ts';
import type { IndicatorSource } from '../indicators/vocabulary.ts';
import { EXTERNAL, ONSITE, type PlannedLeaf, REGISTRY, SELF, SOURCES, SURVEY } from './campaign-plan.ts';
import { centsOf, NO_DATA } from './leaf-points.ts';
import { combineCents, comparedSourceInputs, presentShares, registryRuleInput } from './leaf-sources.ts';
import type { LeafEntries, PersonEntry, RaterLevel } from './score-types.ts';

/**
 * One leaf of one target explained source by source, with the texts of the indicator core's
 * `scoreLeaf` (so the words are those of the rule) and the same combination as the engine, so
 * the contributions add up to the leaf's points to the cent.
 */

export type SourceEntryShown =
  | { kind: 'entry'; input: PersonEntry['input'] }
  | { kind: 'levels'; levels: RaterLevel[] }
  | { kind: 'rate'; rate: number }
  | { kind: 'value'; value: number };

export type SourceExplanation = {
  source: IndicatorSource;
  entry: SourceEntryShown;
  /** Who gave it: the person who entered it, or the rater departments. */
  by: string[];
  /** The leaf's renormalised weight of this source. */
  weight: number;
  /** Its share among the sources present (the weights re-normalised again). */
  share: number;
  /** Its points under the rule (the compared points for a value source of a comparing rule). */
  points: number | null;
  /** Share × points in cents; the contributions of a leaf add up to its points. */
  contribution: number;
  explanation: LocalizedText;
};

export type LeafExplanation = {
  points: number;
  sources: SourceExplanation[];
  /** A comparing rule: the combined value and how it placed among the targets. */
  comparison: { value: number | null; explanation: LocalizedText } | null;
  notes: LocalizedText[];
  vetoOccurred: boolean;
};

const shown = (s: IndicatorSource, e: LeafEntries): SourceEntryShown | null => {
  if (s === 'self' || s === 'onsite') {
    const p = e[s];
    return p ? { kind: 'entry', input: p.input } : null;
  }
  if (s === 'external') return e.external ? { kind: 'levels', levels: [...e.external] } : null;
  if (s === 'survey') return e.survey != null ? { kind: 'rate', rate: e.survey } : null;
  return e.registry != null ? { kind: 'value', value: e.registry } : null;
};

function externalText(
  levels: readonly RaterLevel[],
  mapping: ExternalRatingMapping,
  max: number,
  points: number | null,
) {
  const graded = levels.filter((l) => l.level !== null);
  if (points === null) return { zh: '外部评价尚未评定', en: 'not rated yet' };
  const zh = graded.map(
    (l) => `${externalRatingLevels.labels[l.level ?? 'fair'].zh}（${pct(mapping[l.level ?? 'fair'])}）`,
  );
  const en = graded.map(
    (l) => `${externalRatingLevels.labels[l.level ?? 'fair'].en} (${pct(mapping[l.level ?? 'fair'])})`,
  );
  return {
    zh: `${graded.length} 个部门评价：${zh.join('、')}，按满分 ${n(max)} 分折算平均 ${n(points, 2)} 分`,
    en: `${graded.length} rater(s): ${en.join(', ')}; average of ${n(max)} points: ${n(points, 2)}`,
  };
}

/** What one source earns, with the rule's words (non-comparing use, or external/survey). */
function sourcePoints(leaf: PlannedLeaf, s: number, e: LeafEntries, mapping: ExternalRatingMapping) {
  const base = leaf.base;
  const max = leaf.max;
  if (!base) return { points: null, explanation: { zh: '没有计分规则', en: 'no scoring rule' } };
  if (s === SELF || s === ONSITE) {
    const entry = (s === SELF ? e.self : e.onsite) as PersonEntry;
    const out = scoreLeaf(base, max, entry.input);
    return { points: out.points, explanation: out.explanation };
  }
  if (s === EXTERNAL) {
    const levels = e.external ?? [];
    const graded = levels.filter((l) => l.level !== null);
    const points = graded.length
      ? centsOf(graded.reduce((sum, l) => sum + mapping[l.level ?? 'fair'] * max, 0) / graded.length) / 100
      : null;
    return { points, explanation: externalText(levels, mapping, max, points) };
  }
  if (s === SURVEY) {
    const rate = e.survey as number;
    if (base.kind === 'surveyRate') return scoreLeaf(base, max, { rate });
    const points = centsOf(Math.max(0, Math.min(1, rate)) * max) / 100;
    return {
      points,
      explanation: {
        zh: `满意率 ${pct(rate)}，按 ${pct(rate)} × ${n(max)} 计 ${n(points, 2)} 分`,
        en: `Favourable rate ${pct(rate)}: ${pct(rate)} × ${n(max)} = ${n(points, 2)}`,
      },
    };
  }
  const registry = registryRuleInput(leaf, e.registry);
  if (!registry)
    return {
      points: null,
      explanation: { zh: '本规则不采用台账数值', en: 'this rule takes no registry value' },
    };
  const out = scoreLeaf(base, max, registry);
  return { points: out.points, explanation: out.explanation };
}

const valueShown = (leaf: PlannedLeaf, s: number, e: LeafEntries): number | null => {
  if (s === REGISTRY) return e.registry ?? null;
  const entry = s === SELF ? e.self : s === ONSITE ? e.onsite : null;
  return leaf.comparesValues && entry?.input.value != null ? entry.input.value : null;
};

/**
 * Explains a scored or bonus leaf; `peers` summarises the campaign's record of a comparing leaf
 * (`summariseComparison`), so explaining one target among thousands never walks the others.
 */
export function explainLeaf(
  leaf: PlannedLeaf,
  entries: LeafEntries | undefined,
  mapping: ExternalRatingMapping,
  peers: PeerContext | undefined,
): LeafExplanation {
  const e = entries ?? {};
  const cents = new Int32Array(SOURCES.length).fill(NO_DATA);
  const texts: (LocalizedText | null)[] = SOURCES.map(() => null);
  const notes: LocalizedText[] = [];
  let comparison: LeafExplanation['comparison'] = null;
  if (leaf.comparesValues && leaf.base) {
    const slot = new Int32Array(SOURCES.length);
    const { value, valueMask } = comparedSourceInputs(leaf, e, mapping, slot);
    if (value !== null) {
      const out = scoreLeaf(
        leaf.base,
        leaf.max,
        { value },
        peers ?? summariseComparison({ values: [value] }),
      );
      comparison = { value, explanation: out.explanation };
      SOURCES.forEach((_, s) => {
        if (!(valueMask & (1 << s))) return;
        cents[s] = centsOf(out.points ?? 0);
        const v = valueShown(leaf, s, e) as number;
        texts[s] = {
          zh: `数值 ${n(v)}，与其他来源合并为 ${n(value)} 后比较`,
          en: `Value ${n(v)}, combined into ${n(value)} and compared`,
        };
      });
    }
  }
  SOURCES.forEach((s, i) => {
    if (!leaf.allowed[i] || texts[i] || !shown(s, e)) return;
    if (leaf.comparesValues && (i === SELF || i === ONSITE || i === REGISTRY)) return;
    const out = sourcePoints(leaf, i, e, mapping);
    texts[i] = out.explanation;
    if (out.points !== null) cents[i] = centsOf(out.points);
  });
  let total = combineCents(leaf.weights, cents);
  const shares = presentShares(leaf.weights, cents);
  if (total === NO_DATA && leaf.fallback && leaf.rule) {
    const out = scoreLeaf(leaf.rule, leaf.max, {}, peers);
    total = out.points === null ? NO_DATA : centsOf(out.points);
    notes.push(out.explanation);
  } else if (total === NO_DATA) {
    notes.push({ zh: '无数据，本项计 0 分', en: 'No data: 0 points' });
  }
  const points = total === NO_DATA ? 0 : total;
  const sources: SourceExplanation[] = [];
  let given = 0;
  let lastPresent = -1;
  SOURCES.forEach((_, i) => {
    if (cents[i] !== NO_DATA) lastPresent = i;
  });
  SOURCES.forEach((s, i) => {
    const entry = leaf.allowed[i] ? shown(s, e) : null;
    if (!entry) return;
    const present = cents[i] !== NO_DATA;
    let contribution = 0;
    if (present) {
      contribution =
        i === lastPresent ? points - given : Math.round((shares[i] as number) * (cents[i] as number));
      given += contribution;
    }
    sources.push({
      source: s,
      entry,
      by: byOf(s, e),
      weight: leaf.weights[i] as number,
      share: shares[i] as number,
      points: present ? (cents[i] as number) / 100 : null,
      contribution: contribution / 100,
      explanation: texts[i] ?? { zh: '无可用数据', en: 'nothing usable' },
    });
  });
  return { points: points / 100, sources, comparison, notes, vetoOccurred: false };
}

function byOf(s: IndicatorSource, e: LeafEntries): string[] {
  if (s === 'self' || s === 'onsite') {
    const by = e[s]?.by;
    return by ? [by] : [];
  }
  if (s === 'external') return (e.external ?? []).filter((l) => l.level !== null).map((l) => l.rater);
  return [];
}

/** Explains a veto leaf: what each source said, and whether the item occurred. */
export function explainVeto(leaf: PlannedLeaf, entries: LeafEntries | undefined): LeafExplanation {
  const e = entries ?? {};
  const sources: SourceExplanation[] = [];
  let occurred = false;
  for (const [i, s] of [
    [SELF, 'self'],
    [ONSITE, 'onsite'],
  ] as const) {
    const entry = e[s];
    if (!leaf.allowed[i] || !entry || !leaf.rule) continue;
    const out = scoreLeaf(leaf.rule, 0, entry.input);
    if (out.veto) occurred = true;
    sources.push({
      source: s,
      entry: { kind: 'entry', input: entry.input },
      by: entry.by ? [entry.by] : [],
      weight: leaf.weights[i] as number,
      share: 0,
      points: out.points,
      contribution: 0,
      explanation: out.explanation,
    });
  }
  return { points: 0, sources, comparison: null, notes: [], vetoOccurred: occurred };
}
