import { pageOf } from '@bianping/core/api';
import { UnitDetailSchema, UnitSummarySchema } from '@bianping/core/registry';
import { fundingForms, staffingTypes } from '@bianping/core/registry/vocabulary';
import type { ApiSession } from './api.ts';

const UnitPageSchema = pageOf(UnitSummarySchema);

export type QuotaTarget = {
  id: string;
  name: string;
  creditCode: string;
  /** Labels as the sheet shows them, e.g. 行政编制 and 全额拨款. */
  staffingType: string;
  fundingForm: string;
  quota: number;
  headcount: number;
};

/**
 * A demo unit whose quota an import can cut below its headcount: an administrative organ with no
 * live warning, room in its quota, and a single staffing type held in a single funding form (so
 * one row of the 编制与实有 sheet states its whole quota).
 */
export async function findQuotaTarget(api: ApiSession): Promise<QuotaTarget> {
  const page = await api.get('/units?kind=administrative&status=active&pageSize=200', UnitPageSchema);
  const candidates = page.items.filter(
    (u) => u.liveWarnings === 0 && u.creditCode && u.headcountTotal >= 3 && u.quotaTotal > u.headcountTotal,
  );
  for (const unit of candidates) {
    const detail = await api.get(`/units/${unit.id}`, UnitDetailSchema);
    const [staffing] = detail.staffing;
    if (detail.staffing.length !== 1 || !staffing) continue;
    const forms = [
      ...new Set(
        detail.quotaLedger.filter((e) => e.staffingType === staffing.staffingType).map((e) => e.fundingForm),
      ),
    ];
    const [form] = forms;
    if (forms.length !== 1 || !form) continue;
    return {
      id: unit.id,
      name: unit.name,
      creditCode: unit.creditCode as string,
      staffingType: staffingTypes.labels[staffing.staffingType].zh,
      fundingForm: fundingForms.labels[form].zh,
      quota: staffing.quota,
      headcount: staffing.headcount,
    };
  }
  throw new Error('the demo county has no unit fit for the quota import');
}

const CHECK_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The same code with another check character: well-formed, but wrong (GB 32100). */
export function withWrongCheckChar(code: string): string {
  const last = code.at(-1);
  const other = [...CHECK_CHARS].find((c) => c !== last) ?? '0';
  return code.slice(0, -1) + other;
}
