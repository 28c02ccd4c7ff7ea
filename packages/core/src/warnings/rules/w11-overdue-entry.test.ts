import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot } from '../test-snapshot.ts';
import type { HireApproval } from '../warnings.schemas.ts';
import { w11OverdueEntry } from './w11-overdue-entry.ts';

const approval = (overrides: Partial<HireApproval> = {}): HireApproval => ({
  kind: 'hireApproval',
  id: 'h1',
  documentNo: '编核〔2024〕12号',
  staffingType: 'institutional',
  // A Friday; 30 working days (six weeks) later is Friday 2024-07-19.
  issuedOn: '2024-06-07',
  entryProcessedOn: null,
  ...overrides,
});
const run = (today: string, movements: HireApproval[]) =>
  w11OverdueEntry.evaluate(buildSnapshot({ movements }), settings, today);

describe('W11 入编逾期', () => {
  it('does not fire on the 30th working day, nor over the following weekend; fires on the 31st', () => {
    expect(run('2024-07-19', [approval()])).toEqual([]);
    expect(run('2024-07-21', [approval()])).toEqual([]);
    const hits = run('2024-07-22', [approval()]);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'h1',
      severity: 'yellow',
      params: {
        deadline: '2024-07-19',
        workingDays: 31,
        limitWorkingDays: 30,
        documentNo: '编核〔2024〕12号',
      },
    });
    expect(hits[0]?.message.zh).toBe(
      '用编核准（编核〔2024〕12号，事业编制）于 2024-06-07 下达，应在 30 个工作日内（期限至 2024-07-19）入编，至今已 31 个工作日仍未入编',
    );
  });

  it('does not fire once the entry is processed', () => {
    expect(run('2024-12-31', [approval({ entryProcessedOn: '2024-09-01' })])).toEqual([]);
  });
});
