import { addMonths, type IsoDate } from '../working-days.ts';
import { defineRule, figure, hit, isInactive, percent, total } from './rule.ts';

/**
 * W08 僵尸事业单位 (DOMAIN.md §4, definition S27), for units whose kind is in
 * `settings.publicInstitutionKinds` (事业单位, default including 参公). One red hit per condition:
 * - `noStaff`: ΣH = 0;
 * - `idle`: 0 < ΣH ≤ zombieMaxHeadcount (default 2) and no workload recorded in the last 12 months;
 * - `unregistered`: founded more than zombieGraceMonths (default 12) ago and no 统一社会信用代码
 *   (法人登记);
 * - `dutiesGone`: it has 三定 duties and every one is 已完成 or 已划出;
 * - `lowWorkload`: workload per head < zombieWorkloadRatio (default 30 %) of the peer median.
 * S27 speaks of staff missing "for a long time", so `noStaff` waits for the same grace period
 * after `foundedOn` as `unregistered` (a unit founded last month has not hired yet); a unit
 * without a founding date gets no grace.
 */
export const w08ZombieInstitution = defineRule({
  code: 'W08',
  name: { zh: '僵尸事业单位', en: 'Zombie public institution' },
  severity: 'red',
  describe: (settings) => ({
    zh: `事业单位符合以下任一情形时预警：无在编人员（设立满 ${settings.zombieGraceMonths} 个月后）；在编 ${settings.zombieMaxHeadcount} 人及以下且近 12 个月无工作量记录；设立超过 ${settings.zombieGraceMonths} 个月仍无统一社会信用代码（未办法人登记）；三定职责全部已完成或已划出；人均工作量低于同类单位中位数的 ${percent(settings.zombieWorkloadRatio)}。`,
    en: `Warns on a public institution with any of: no in-quota staff (once ${settings.zombieGraceMonths} months old); ${settings.zombieMaxHeadcount} staff or fewer and no workload recorded in 12 months; founded over ${settings.zombieGraceMonths} months ago and still no credit code (never registered as a legal person); every mandate duty completed or transferred out; workload per head below ${percent(settings.zombieWorkloadRatio)} of the peer median.`,
  }),
  collect(snapshot, settings, today, out) {
    if (isInactive(snapshot)) return;
    const { unit, workload, duties } = snapshot;
    if (!settings.publicInstitutionKinds.includes(unit.kind)) return;
    const unitId = unit.id;
    const headcount = total(snapshot.headcount);
    const noCreditCode = !unit.creditCode?.trim();
    const graceOver =
      (headcount === 0 || noCreditCode) &&
      (unit.foundedOn === null || pastGrace(unit.foundedOn, settings.zombieGraceMonths, today));

    if (headcount === 0 && graceOver) {
      out.push(
        hit(
          'W08',
          unitId,
          'red',
          'noStaff',
          { headcount, foundedOn: unit.foundedOn },
          {
            zh: '无在编人员',
            en: 'No in-quota staff',
          },
        ),
      );
    }
    if (headcount > 0 && headcount <= settings.zombieMaxHeadcount && !workload.recordedLast12Months) {
      out.push(
        hit(
          'W08',
          unitId,
          'red',
          'idle',
          { headcount, maxHeadcount: settings.zombieMaxHeadcount },
          {
            zh: `仅有在编人员 ${headcount} 名，近 12 个月无工作量记录`,
            en: `Only ${headcount} in-quota staff and no workload recorded in the last 12 months`,
          },
        ),
      );
    }
    if (unit.foundedOn !== null && noCreditCode && graceOver) {
      out.push(
        hit(
          'W08',
          unitId,
          'red',
          'unregistered',
          { foundedOn: unit.foundedOn, graceMonths: settings.zombieGraceMonths },
          {
            zh: `${unit.foundedOn} 设立，超过 ${settings.zombieGraceMonths} 个月仍无统一社会信用代码（未办理法人登记）`,
            en: `Founded ${unit.foundedOn}, more than ${settings.zombieGraceMonths} months ago, and still no credit code (not registered as a legal person)`,
          },
        ),
      );
    }
    if (duties.length > 0 && duties.every((d) => d.status !== 'active')) {
      const completed = duties.filter((d) => d.status === 'completed').length;
      const transferredOut = duties.length - completed;
      out.push(
        hit(
          'W08',
          unitId,
          'red',
          'dutiesGone',
          { duties: duties.length, completed, transferredOut },
          {
            zh: `三定职责 ${duties.length} 项全部已完成（${completed} 项）或已划出（${transferredOut} 项）`,
            en: `All ${duties.length} mandate duties are completed (${completed}) or transferred out (${transferredOut})`,
          },
        ),
      );
    }
    const { perHead, peerMedian } = workload;
    if (perHead !== null && peerMedian !== null && perHead < settings.zombieWorkloadRatio * peerMedian) {
      const ratio = peerMedian > 0 ? perHead / peerMedian : 0;
      out.push(
        hit(
          'W08',
          unitId,
          'red',
          'lowWorkload',
          { workloadPerHead: perHead, peerMedian, ratio, threshold: settings.zombieWorkloadRatio },
          {
            zh: `人均工作量 ${figure(perHead)}，仅为同类单位中位数 ${figure(peerMedian)} 的 ${percent(ratio)}，低于 ${percent(settings.zombieWorkloadRatio)}`,
            en: `Workload per head ${figure(perHead)} is ${percent(ratio)} of the peer median ${figure(peerMedian)}, below ${percent(settings.zombieWorkloadRatio)}`,
          },
        ),
      );
    }
  },
});

/** Whether more than `months` have passed since `foundedOn` (strictly: on the anniversary, not yet). */
function pastGrace(foundedOn: IsoDate, months: number, today: IsoDate): boolean {
  return addMonths(foundedOn, months) < today;
}
