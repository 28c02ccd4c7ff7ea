import { defineRule, hit, isInactive } from './rule.ts';

/**
 * W09 内设机构超限/擅设 (DOMAIN.md §4, definitions S81, S11): more actual internal bodies than
 * approved (key `count`), and each actual body that is not in the 三定 list (key
 * `unlisted:<bodyId>`). An unlisted body usually also raises the count; both are reported, as
 * they are fixed differently (abolish the body, or approve it).
 */
export const w09InternalBodies = defineRule({
  code: 'W09',
  name: { zh: '内设机构超限/擅设', en: 'Internal bodies beyond approval' },
  severity: 'orange',
  describe: () => ({
    zh: '实际内设机构数超过核定数，或设有三定规定以外的内设机构时预警。',
    en: 'Warns when a unit has more internal bodies than approved, or an internal body not listed in its mandate (三定).',
  }),
  collect(snapshot, _settings, _today, out) {
    if (isInactive(snapshot)) return;
    const unitId = snapshot.unit.id;
    const { approved, actual } = snapshot.internalBodies;
    if (actual.length > approved) {
      const over = actual.length - approved;
      out.push(
        hit(
          'W09',
          unitId,
          'orange',
          'count',
          { approved, actual: actual.length, over },
          {
            zh: `核定内设机构 ${approved} 个，实设 ${actual.length} 个，超出 ${over} 个`,
            en: `${approved} internal bodies approved, ${actual.length} in place, ${over} too many`,
          },
        ),
      );
    }
    for (const body of actual) {
      if (body.inMandate) continue;
      out.push(
        hit(
          'W09',
          unitId,
          'orange',
          `unlisted:${body.id}`,
          { bodyId: body.id, bodyName: body.name },
          {
            zh: `内设机构“${body.name}”不在三定规定之列，属擅自设立`,
            en: `Internal body "${body.name}" is not in the unit's mandate: set up without approval`,
          },
        ),
      );
    }
  },
});
