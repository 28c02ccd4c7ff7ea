import { unitKinds } from '../../registry/vocabulary.ts';
import { parseIsoDate, tryParseIsoDate } from '../working-days.ts';
import { defineRule, hit, isInactive, staffingTypeLabel } from './rule.ts';

/**
 * W05 混编混岗 (DOMAIN.md §4, definition S25), one hit per person:
 * (a) key `a:<staffId>` — a person on 事业编制 in a unit whose kind is in
 *     `settings.institutionalQuotaForbiddenKinds`: by default the 党政机关 of §3.6 (行政机关, 党委机关).
 *     §4 also names 参公, but a 参公 unit is a 事业单位 whose staff hold 事业编制 by design, so the
 *     default leaves it out (otherwise every 参公 employee would be flagged); a region can add it;
 * (b) key `b:<staffId>` — a person on 行政编制 or 政法专项编制 (a kind of 行政编制) in a unit whose
 *     kind is in `settings.administrativeQuotaForbiddenKinds` (default the non-参公 事业单位);
 * (c) key `c:<staffId>` — 所在单位 ≠ 编制所在单位 (seconded, 借调) for more than
 *     `settings.secondmentDays` calendar days, counted from `secondedSince` to today.
 * A seconded person without a start date cannot be timed; W13 reports the missing date.
 */
export const w05MixedQuota = defineRule({
  code: 'W05',
  name: { zh: '混编混岗', en: 'Mixed use of staffing types' },
  severity: 'orange',
  describe: (settings) => {
    const kinds = (list: readonly (keyof typeof unitKinds.labels)[], lang: 'zh' | 'en') =>
      list.map((k) => unitKinds.labels[k][lang]).join(lang === 'zh' ? '、' : ', ');
    return {
      zh: `事业编制人员在${kinds(settings.institutionalQuotaForbiddenKinds, 'zh')}使用；行政编制或政法专项编制人员在${kinds(settings.administrativeQuotaForbiddenKinds, 'zh')}使用；或人员实际工作单位与编制所在单位不一致（借调）超过 ${settings.secondmentDays} 天时预警。`,
      en: `Warns when institutional-quota staff sit in a unit of kind ${kinds(settings.institutionalQuotaForbiddenKinds, 'en')}; administrative or political-legal quota staff in a unit of kind ${kinds(settings.administrativeQuotaForbiddenKinds, 'en')}; or someone has worked outside the unit holding their quota (secondment) for more than ${settings.secondmentDays} days.`,
    };
  },
  collect(snapshot, settings, today, out) {
    if (isInactive(snapshot)) return;
    const { unit } = snapshot;
    const noInstitutional = settings.institutionalQuotaForbiddenKinds.includes(unit.kind);
    const noAdministrative = settings.administrativeQuotaForbiddenKinds.includes(unit.kind);
    const kind = unitKinds.labels[unit.kind];
    let todayDay = Number.NaN;
    for (const person of snapshot.staff) {
      const type = person.staffingType;
      if (type !== null) {
        const forbidden =
          type === 'institutional'
            ? noInstitutional
            : (type === 'administrative' || type === 'politicalLegal') && noAdministrative;
        if (forbidden) {
          const label = staffingTypeLabel(type);
          out.push(
            hit(
              'W05',
              unit.id,
              'orange',
              `${type === 'institutional' ? 'a' : 'b'}:${person.id}`,
              { staffId: person.id, staffingType: type, unitKind: unit.kind },
              {
                zh: `${person.name}占用${label.zh}，在${kind.zh}使用，属混编混岗`,
                en: `${person.name} holds a post on the ${label.en} in a unit of kind ${kind.en}: mixed use of staffing types`,
              },
            ),
          );
        }
      }
      if (person.workUnitId === person.unitId || person.secondedSince === null) continue;
      const since = tryParseIsoDate(person.secondedSince);
      if (since === null) continue;
      if (Number.isNaN(todayDay)) todayDay = parseIsoDate(today);
      const days = todayDay - since;
      if (days <= settings.secondmentDays) continue;
      out.push(
        hit(
          'W05',
          unit.id,
          'orange',
          `c:${person.id}`,
          {
            staffId: person.id,
            workUnitId: person.workUnitId,
            secondedSince: person.secondedSince,
            days,
            limitDays: settings.secondmentDays,
          },
          {
            zh: `${person.name}自 ${person.secondedSince} 起在编制所在单位以外工作（借调）已 ${days} 天，超过 ${settings.secondmentDays} 天`,
            en: `${person.name} has worked outside the unit holding their quota (secondment) since ${person.secondedSince}: ${days} days, more than ${settings.secondmentDays}`,
          },
        ),
      );
    }
  },
});
