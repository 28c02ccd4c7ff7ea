import { defineRule, hit, isInactive, percent, RATIO_EPSILON, total } from './rule.ts';

/**
 * W06 空编率高 (DOMAIN.md §4; "适度空编" S54): `vac = (ΣA − ΣH) / ΣA`. Yellow when
 * `vac ≥ vacancyRateThreshold` (default 20 %) now and the unit has been at or above it for
 * `≥ vacancyMonths` months (default 12) — both bounds inclusive. Info (key `full`) when
 * `ΣA − ΣH = 0` (满编: no room to hire). A unit without quota (ΣA = 0) has no vacancy rate and
 * gets no hit here (headcount without quota is W01); neither does one over quota.
 */
export const w06HighVacancy = defineRule({
  code: 'W06',
  name: { zh: '空编率高', en: 'High vacancy rate' },
  severity: 'yellow',
  describe: (settings) => ({
    zh: `空编率 =（编制总数 − 实有在编）÷ 编制总数，连续 ${settings.vacancyMonths} 个月及以上不低于 ${percent(settings.vacancyRateThreshold)} 时预警；实有等于编制数（满编、无空编可用）时提示。`,
    en: `Vacancy rate = (total quota − in-quota headcount) ÷ total quota. Warns when it has been at or above ${percent(settings.vacancyRateThreshold)} for ${settings.vacancyMonths} months or more; notes units that are exactly full (no vacancy to hire into).`,
  }),
  collect(snapshot, settings, _today, out) {
    if (isInactive(snapshot)) return;
    const approved = total(snapshot.quotas);
    if (approved === 0) return;
    const actual = total(snapshot.headcount);
    const vacant = approved - actual;
    const unitId = snapshot.unit.id;
    if (vacant === 0) {
      out.push(
        hit(
          'W06',
          unitId,
          'info',
          'full',
          { approved, actual },
          {
            zh: `编制总数 ${approved} 名，实有在编 ${actual} 名，已满编，无空编可用`,
            en: `Total quota ${approved}, ${actual} in post: full, no vacancy to hire into`,
          },
        ),
      );
      return;
    }
    const rate = vacant / approved;
    const months = snapshot.monthsAtVacancyThreshold;
    if (rate + RATIO_EPSILON < settings.vacancyRateThreshold || months < settings.vacancyMonths) return;
    out.push(
      hit(
        'W06',
        unitId,
        'yellow',
        'vacancy',
        { approved, actual, vacant, vacancyRate: rate, months, threshold: settings.vacancyRateThreshold },
        {
          zh: `编制总数 ${approved} 名，实有在编 ${actual} 名，空编 ${vacant} 名，空编率 ${percent(rate)}，已连续 ${months} 个月不低于 ${percent(settings.vacancyRateThreshold)}`,
          en: `Total quota ${approved}, ${actual} in post, ${vacant} vacant: vacancy rate ${percent(rate)}, at or above ${percent(settings.vacancyRateThreshold)} for ${months} months`,
        },
      ),
    );
  },
});
