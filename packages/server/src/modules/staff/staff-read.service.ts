import type { MovementListQuery, RosterMember, RosterQuery, StaffMovement } from '@bianping/core/staff';
import { type MovementDeadlineSettings, movementState } from '@bianping/core/staff/movement-state';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { loadSettingsResolver } from '../warnings/warnings-settings.queries.ts';
import { listMovements, listRoster, type MovementRow } from './staff.queries.ts';

/** The unit's roster page as the API shows it: masked ID numbers only. */
export async function rosterPage(db: Db, unitId: string, query: RosterQuery) {
  const { items, total } = await listRoster(db, unitId, query);
  return { items: items as RosterMember[], total, page: query.page, pageSize: query.pageSize };
}

/**
 * The unit's movements with their state. Deadlines use the working-day limits and office
 * calendar of the unit's region, so the page says what W10 and W11 will say.
 */
export async function movementsPage(db: Db, unitId: string, query: MovementListQuery, today: string) {
  const [{ items, total }, settingsFor, [region]] = await Promise.all([
    listMovements(db, unitId, query),
    loadSettingsResolver(db),
    selectRows<{ code: string }>(
      db,
      sql`select r.code from units u join regions r on r.id = u.region_id where u.id = ${unitId}`,
    ),
  ]);
  const settings = settingsFor(region?.code ?? '');
  return {
    items: items.map((row) => presentMovement(row, settings, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function presentMovement(row: MovementRow, settings: MovementDeadlineSettings, today: string): StaffMovement {
  const kind = row.kind as StaffMovement['kind'];
  return {
    id: row.id,
    kind,
    personName: row.personName,
    staffMemberId: row.staffMemberId,
    staffingType: row.staffingType as StaffMovement['staffingType'],
    eventDate: row.eventDate,
    processedOn: row.processedOn,
    reason: row.reason as StaffMovement['reason'],
    docNo: row.docNo,
    approvalNo: row.approvalNo,
    note: row.note,
    hadApproval: row.hadApproval,
    ...movementState({ kind, eventDate: row.eventDate, processedOn: row.processedOn }, settings, today),
  };
}
