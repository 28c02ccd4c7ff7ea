import { notFound } from '@bianping/core/errors';
import { staffingTypes } from '@bianping/core/registry/vocabulary';
import { type EntryInput, type HireApprovalInput, PERSON_NOT_YET_NAMED } from '@bianping/core/staff';
import {
  entryPersonProblem,
  movementDateLabels,
  personFactsOfIdNumber,
} from '@bianping/core/staff/movement-checks';
import { normalizeIdNumber } from '@bianping/core/warnings/id-number';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { staffMembers, staffMovements } from '../../db/schema/index.ts';
import { editUnit } from '../registry/unit-edits.service.ts';
import type { IdProtector } from './id-number-protection.ts';
import {
  assertNotFuture,
  assertUnitTakesPeople,
  conflict,
  invalidField,
  type MovementContext,
  throwProblem,
} from './movement-guards.ts';
import {
  findActiveBody,
  findMovement,
  findUnitsHoldingId,
  staffingFigures,
  syncHeadcounts,
} from './staff.queries.ts';

const typeLabel = (type: string) => staffingTypes.labels[type as keyof typeof staffingTypes.labels];

/**
 * 用编核准: the office approves filling one post of a staffing type. Only a vacancy can be
 * approved: quota minus people on the books minus approvals still waiting for their 入编.
 */
export async function recordHireApproval(ctx: MovementContext, input: HireApprovalInput) {
  const { version, ...approval } = input;
  assertNotFuture(
    [{ field: 'issuedOn', label: movementDateLabels.issuedOn, value: approval.issuedOn }],
    ctx.today,
  );
  return editUnit(ctx.db, ctx.unitId, version, ctx.actor, 'staff.hireApproval', async (tx) => {
    await assertUnitTakesPeople(tx, ctx.unitId);
    const figures = await staffingFigures(tx, ctx.unitId, approval.staffingType, ctx.today);
    const free = figures.quota - figures.headcount - figures.openApprovals;
    if (free < 1) {
      const label = typeLabel(approval.staffingType);
      throw invalidField('staffingType', {
        zh: `${label.zh}无空编：核定 ${figures.quota} 名，实有 ${figures.headcount} 名，已核准待入编 ${figures.openApprovals} 名`,
        en: `No vacancy on the ${label.en}: ${figures.quota} approved, ${figures.headcount} on the books, ${figures.openApprovals} approved and waiting for entry`,
      });
    }
    const [row] = await tx
      .insert(staffMovements)
      .values({
        unitId: ctx.unitId,
        kind: 'hireApproval',
        personName: approval.personName || PERSON_NOT_YET_NAMED,
        staffingType: approval.staffingType,
        eventDate: approval.issuedOn,
        approvalNo: approval.approvalNo,
        note: approval.note || null,
      })
      .returning();
    return { before: { vacancies: free }, after: { ...row, vacancies: free - 1 }, result: row };
  });
}

/**
 * 办理入编: puts a new person on the roster and records the entry with the figures W02 reads
 * (whether an approval covered it, quota of the type on the entry day, headcount right after).
 * An entry that would take the type over its quota is refused — W02 blocks by default; an
 * entry without an approval is recorded and left to W02 as 无核准进人.
 */
export async function recordEntry(ctx: MovementContext, protector: IdProtector, input: EntryInput) {
  const { version, hireApprovalId, docNo, entryDate, idNumber: raw, ...person } = input;
  const idNumber = normalizeIdNumber(raw);
  throwProblem(entryPersonProblem({ idNumber, birthDate: person.birthDate, sex: person.sex }, ctx.today));
  assertNotFuture([{ field: 'entryDate', label: movementDateLabels.entryDate, value: entryDate }], ctx.today);
  const facts = personFactsOfIdNumber(idNumber);
  const idNumberHash = protector.hash(idNumber);
  return editUnit(ctx.db, ctx.unitId, version, ctx.actor, 'staff.entry', async (tx) => {
    await assertUnitTakesPeople(tx, ctx.unitId);
    const approval = hireApprovalId ? await openApproval(tx, ctx.unitId, hireApprovalId, input) : null;
    await assertNotRegistered(tx, idNumberHash, ctx.canSee);
    if (person.internalBodyId && !(await findActiveBody(tx, ctx.unitId, person.internalBodyId))) {
      throw notFound({ zh: '内设机构', en: 'Internal body' }, 'internalBodyId');
    }
    const figures = await staffingFigures(tx, ctx.unitId, person.staffingType, entryDate);
    if (figures.rosterSize === 0 && figures.directTotal > 0) {
      throw conflict({
        zh: `该单位尚未导入实名制人员名单（实有 ${figures.directTotal} 名为直接填报），请先导入人员名单再办理入编，否则实有人数将只按新入编人员统计`,
        en: `The unit's staff list has not been imported (its ${figures.directTotal} people are entered as figures); import the list first, or the headcount would count only the new entrant`,
      });
    }
    const headcountAfter = figures.headcount + 1;
    if (headcountAfter > figures.quota) {
      const label = typeLabel(person.staffingType);
      throw invalidField('staffingType', {
        zh: `超编进人（W02）：${entryDate} ${label.zh}核定 ${figures.quota} 名，入编后实有 ${headcountAfter} 名，不能办理入编`,
        en: `Hiring beyond quota (W02): on ${entryDate} the ${label.en} has ${figures.quota} approved posts; after this entry it would have ${headcountAfter} people`,
      });
    }
    const [staff] = await tx
      .insert(staffMembers)
      .values({
        unitId: ctx.unitId,
        name: person.name,
        idNumberEncrypted: protector.encrypt(idNumber),
        idNumberHash,
        idNumberMasked: protector.mask(idNumber),
        sex: person.sex ?? facts.sex,
        birthDate: person.birthDate ?? facts.birthDate,
        education: person.education ?? null,
        staffingType: person.staffingType,
        fundingForm: person.fundingForm ?? null,
        post: person.post || null,
        grade: person.grade || null,
        internalBodyId: person.internalBodyId ?? null,
        entryDate,
      })
      .returning();
    if (!staff) throw new Error('staff insert failed');
    const [entry] = await tx
      .insert(staffMovements)
      .values({
        unitId: ctx.unitId,
        staffMemberId: staff.id,
        personName: staff.name,
        kind: 'entry',
        staffingType: staff.staffingType,
        eventDate: entryDate,
        processedOn: entryDate,
        docNo,
        approvalNo: approval?.approvalNo ?? null,
        hadApproval: approval !== null,
        approvedAtEntry: figures.quota,
        headcountAfterEntry: headcountAfter,
      })
      .returning();
    if (approval) {
      await tx
        .update(staffMovements)
        .set({ processedOn: entryDate, staffMemberId: staff.id, personName: staff.name })
        .where(eq(staffMovements.id, approval.id));
    }
    await syncHeadcounts(tx, ctx.unitId, ctx.today);
    // The audit names the person by the masked number only; cipher text and hash stay out.
    const { idNumberEncrypted: _cipher, idNumberHash: _hash, ...shown } = staff;
    return {
      before: { staffingType: staff.staffingType, headcount: figures.headcount },
      after: { staff: shown, entry, hireApprovalId: approval?.id ?? null },
      result: { staff: shown, entry },
    };
  });
}

/** The open 用编核准 an entry uses, of the same staffing type and issued before the entry. */
async function openApproval(tx: Db, unitId: string, id: string, input: EntryInput) {
  const approval = await findMovement(tx, unitId, id);
  if (approval?.kind !== 'hireApproval') {
    throw notFound({ zh: '用编核准', en: 'Quota-use approval' }, 'hireApprovalId');
  }
  if (approval.processedOn !== null) {
    throw conflict(
      {
        zh: `用编核准 ${approval.approvalNo ?? ''} 已于 ${approval.processedOn} 办理入编`,
        en: `Approval ${approval.approvalNo ?? ''} was already used by an entry on ${approval.processedOn}`,
      },
      'hireApprovalId',
    );
  }
  if (approval.staffingType !== input.staffingType) {
    const label = typeLabel(approval.staffingType);
    throw invalidField('staffingType', {
      zh: `编制类型须与用编核准一致（${label.zh}）`,
      en: `The staffing type must be the approval's (${label.en})`,
    });
  }
  if (input.entryDate < approval.eventDate) {
    throw invalidField('entryDate', {
      zh: `入编日期不能早于用编核准日期（${approval.eventDate}）`,
      en: `The entry cannot precede its approval (${approval.eventDate})`,
    });
  }
  return approval;
}

/** One person, one registration: the keyed hash finds the ID number wherever it is stored. */
async function assertNotRegistered(tx: Db, idNumberHash: string, canSee: MovementContext['canSee']) {
  const [holder] = await findUnitsHoldingId(tx, idNumberHash);
  if (holder) {
    const where = canSee({ id: holder.unitId, regionId: holder.regionId }) ? holder.unitName : null;
    throw conflict(
      {
        zh: `该身份证号已登记在${where ? `“${where}”` : '您管辖范围以外的单位'}，同一人不能重复入编；调动须先在原单位办理出编`,
        en: `This ID number is already registered ${where ? `at ${where}` : 'at a unit outside your scope'}; a transfer needs the exit from that unit first`,
      },
      'idNumber',
    );
  }
}
