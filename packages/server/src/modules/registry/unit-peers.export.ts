import type { Writable } from 'node:stream';
import { workloadMeasures } from '@bianping/core/imports/staff-vocabulary';
import type { PeerComparison } from '@bianping/core/registry/workload';
import { BUDGET_MEASURE } from '@bianping/core/registry/workload-measures';
import {
  type WorkbookCell,
  type WorkbookColumn,
  writeImportWorkbook,
} from '../../documents/excel/workbook-writer.ts';

/**
 * The 同类对比 table as an Excel sheet, through the same workbook writer as the registry
 * exports: one row per institution, then the peer median and the unit's rank per figure.
 */

const SOURCE = { self: '本单位', benchmark: '外地同类机构', local: '本地同类单位' } as const;

const column = (header: string, note = '', width = 14): WorkbookColumn => ({
  header,
  required: false,
  width,
  note,
  format: 'general',
  allowed: null,
});

type Stat = PeerComparison['stats']['quota'];

export function writePeerComparison(out: Writable, data: PeerComparison) {
  const name = (m: string) => (m === BUDGET_MEASURE ? workloadMeasures.labels.budget.zh : m);
  const columns: WorkbookColumn[] = [
    { ...column('来源', '', 12), format: 'text' },
    { ...column('地区', '', 16), format: 'text' },
    { ...column('机构名称', '', 30), format: 'text' },
    column('编制数'),
    column('实有人数'),
    ...data.measures.flatMap((m) => [
      column(name(m.name), m.unitLabel ?? ''),
      column(`人均${name(m.name)}`, '数值 ÷ 实有人数'),
      column(`每千${name(m.name)}编制数`, '编制数 ÷ 数值 × 1000'),
    ]),
  ];
  const memberRows: WorkbookCell[][] = data.members.map((m) => [
    SOURCE[m.source],
    m.regionName,
    m.name,
    m.quota,
    m.headcount,
    ...data.measures.flatMap((x) => [
      m.workload[x.name] ?? null,
      m.perCapita[x.name] ?? null,
      m.quotaPer1000[x.name] ?? null,
    ]),
  ]);
  const statRow = (label: string, pick: (s: Stat) => WorkbookCell): WorkbookCell[] => [
    label,
    null,
    null,
    pick(data.stats.quota),
    pick(data.stats.headcount),
    ...data.stats.measures.flatMap((s) => [pick(s.value), pick(s.perCapita), pick(s.quotaPer1000)]),
  ];
  const rank = (s: Stat) => (s.rank === null ? null : `${s.rank}/${s.of}`);
  return writeImportWorkbook(out, {
    sheetName: `同类对比${data.year ?? ''}`,
    columns,
    rows: [...memberRows, statRow('同类中位数', (s) => s.median), statRow('本单位名次', rank)],
    instructions: {
      title: '同类对比说明',
      notes: [
        `年度：${data.year ?? '无数据'}。同类 = 相同行业类别和单位性质：外地同类机构来自“同类机构对比”导入，本地同类单位为同一行政区划的单位。`,
        data.staffingMonth
          ? `本地单位的编制数和实有人数取 ${data.staffingMonth} 月末快照。`
          : '本地单位的编制数和实有人数取当前台账数。',
        '名次按数值从高到低排列，并列取较好名次；中位数不含本单位。',
      ],
      head: ['列名', '说明'],
      rows: columns.map((c) => [c.header, c.note]),
    },
  });
}
