/**
 * The staffing office's documents (文件) of the demo's 沿革: each act carries history events and
 * quota-ledger rows under one document number.
 */
import type { FundingForm, StaffingType } from '@bianping/core/registry/vocabulary';
import type { DemoUnit } from './demo-county.ts';
import type { IsoDate } from './demo-dates.ts';
import type { Random } from './random.ts';

/** 沿革 event types; the codes of `historyEventTypes` in @bianping/core/registry. */
export type HistoryEventType =
  | 'established'
  | 'renamed'
  | 'merged'
  | 'abolished'
  | 'plateAdded'
  | 'dutiesIn'
  | 'dutiesOut'
  | 'quotaIncreased'
  | 'quotaDecreased'
  | 'quotaTransferred';

export type QuotaDelta = Partial<Record<StaffingType, number>>;

export type DemoQuotaChange = {
  unitId: string;
  staffingType: StaffingType;
  fundingForm: FundingForm;
  delta: number;
  effectiveOn: IsoDate;
  docNo: string;
  note: string;
};

export type DemoHistoryEvent = {
  id: string;
  unitId: string;
  eventDate: IsoDate;
  type: HistoryEventType;
  docNo: string;
  description: string;
  quotaDelta: QuotaDelta | null;
};

/** A duty that left one unit (and, when `toUnitId` is set, joined another) by a document. */
export type DemoDutyTransfer = {
  fromUnitId: string;
  toUnitId: string | null;
  duty: string;
  docNo: string;
  completed: boolean;
};

/** One document (文件) of the staffing office: the events and ledger rows it carries. */
export type Act = {
  on: IsoDate;
  events: Omit<DemoHistoryEvent, 'id' | 'docNo'>[];
  changes: Omit<DemoQuotaChange, 'docNo'>[];
  transfers: Omit<DemoDutyTransfer, 'docNo'>[];
  /** Units whose founding document this act is. */
  founds: DemoUnit[];
};

export const act = (on: IsoDate, parts: Partial<Omit<Act, 'on'>>): Act => ({
  on,
  events: [],
  changes: [],
  transfers: [],
  founds: [],
  ...parts,
});

export const mainQuota = (unit: DemoUnit) => unit.quotas[0] as DemoUnit['quotas'][number];
export const typeLabel = (type: StaffingType) =>
  ({
    administrative: '行政编制',
    politicalLegal: '政法专项编制',
    institutional: '事业编制',
    workerAdmin: '机关工勤编制',
  })[type];

/** A ledger change and the matching event of one unit. */
export function quotaChange(
  unit: DemoUnit,
  on: IsoDate,
  delta: number,
  type: Act['events'][number]['type'],
  text: string,
) {
  const quota = mainQuota(unit);
  return {
    event: {
      unitId: unit.id,
      eventDate: on,
      type,
      description: text,
      quotaDelta: { [quota.staffingType]: delta },
    },
    change: {
      unitId: unit.id,
      staffingType: quota.staffingType,
      fundingForm: quota.fundingForm,
      delta,
      effectiveOn: on,
      note: text,
    },
  };
}

/**
 * Numbers the documents in date order (示编〔year〕n号), gives the events their ids, and puts the
 * founding rows in front: for each unit and staffing type, the amount that together with the
 * changes of 2021–2025 gives the current quota.
 */
export function writeActs(units: DemoUnit[], acts: Act[], rnd: Random) {
  acts.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const serials = new Map<string, number>();
  const events: DemoHistoryEvent[] = [];
  const changes: DemoQuotaChange[] = [];
  const transfers: DemoDutyTransfer[] = [];
  for (const a of acts) {
    const year = a.on.slice(0, 4);
    const serial = (serials.get(year) ?? rnd.int(2, 6)) + rnd.int(1, 4);
    serials.set(year, serial);
    const docNo = `示编〔${year}〕${serial}号`;
    for (const unit of a.founds) unit.foundingDocNo = docNo;
    events.push(...a.events.map((e) => ({ ...e, id: rnd.uuid(), docNo })));
    changes.push(...a.changes.map((c) => ({ ...c, docNo })));
    transfers.push(...a.transfers.map((t) => ({ ...t, docNo })));
  }
  const founding: DemoQuotaChange[] = [];
  for (const unit of units) {
    for (const quota of unit.quotas) {
      const later = changes
        .filter((c) => c.unitId === unit.id && c.staffingType === quota.staffingType)
        .reduce((sum, c) => sum + c.delta, 0);
      const amount = quota.amount - later;
      if (amount < 0) throw new Error(`demo history: ${unit.name} would start with ${amount} posts`);
      if (amount === 0) continue;
      founding.push({
        unitId: unit.id,
        staffingType: quota.staffingType,
        fundingForm: quota.fundingForm,
        delta: amount,
        effectiveOn: unit.foundedOn,
        docNo: unit.foundingDocNo,
        note: '设立时核定编制',
      });
    }
  }
  return { ledger: [...founding, ...changes], events, dutyTransfers: transfers };
}
