import type { Writable } from 'node:stream';
import type { DeaResponse } from '@bianping/core/analytics/efficiency-api';
import { BUDGET_MEASURE } from '@bianping/core/registry/workload-measures';
import { type WorkbookColumn, writeImportWorkbook } from '../../documents/excel/workbook-writer.ts';

/**
 * The DEA efficiency table as an Excel sheet, through the registry exports' workbook writer (with
 * its 说明 sheet): one row per institution, the units left out listed below with the reason.
 */

const INPUT_NAMES = { quota: '编制数', headcount: '实有人数', budget: '预算（万元）' } as const;
const SOURCE = { local: '本地单位', benchmark: '外地同类机构' } as const;

const column = (header: string, width = 14, note = ''): WorkbookColumn => ({
  header,
  required: false,
  width,
  note,
  format: 'general',
  allowed: null,
});
const text = (header: string, width: number) => ({ ...column(header, width), format: 'text' as const });

const round = (v: number | null, digits = 4) =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

export function writeDeaTable(out: Writable, data: DeaResponse) {
  const inputs = data.inputs.map((i) => INPUT_NAMES[i]);
  const outputs = data.outputs.map((o) => (o === BUDGET_MEASURE ? INPUT_NAMES.budget : o));
  const columns: WorkbookColumn[] = [
    text('来源', 12),
    text('地区', 16),
    text('机构名称', 30),
    ...inputs.map((n) => column(n)),
    ...outputs.map((n) => column(n)),
    column(
      '效率值',
      10,
      data.superEfficiency ? '超效率模型：有效单位可大于 1；“不可行”表示无法被其他单位替代' : '',
    ),
    text('是否有效', 10),
    text('参照单位（λ）', 40),
    ...inputs.map((n) => column(`${n}目标值`)),
    column('可优化编制', 12, '编制数 − 编制数目标值，向下取整'),
  ];
  const rows = data.rows.map((r) => [
    SOURCE[r.source],
    r.regionName,
    r.name,
    ...r.inputValues,
    ...r.outputValues,
    r.infeasible ? '不可行' : round(r.efficiency),
    r.isEfficient ? '有效' : '',
    r.peers.map((p) => `${p.name}（${round(p.lambda)}）`).join('；'),
    ...r.inputTargets.map((v) => round(v, 2)),
    r.reducibleQuota,
  ]);
  const left = data.leftOut.map((l) => [`未纳入：${l.reason.zh}`, l.regionName, l.name]);
  return writeImportWorkbook(out, {
    sheetName: `效率评价${data.year}`,
    columns,
    rows: [...rows, ...left],
    instructions: {
      title: '效率评价说明',
      notes: [
        `年度：${data.year}；模型：${data.model.toUpperCase()}（${data.model === 'ccr' ? '规模报酬不变' : '规模报酬可变'}），${data.orientation === 'input' ? '投入导向' : '产出导向'}${data.superEfficiency ? '，超效率' : ''}。`,
        '有效 = 效率值为 1 且无松弛；参照单位为其投影所依据的有效单位及权重 λ。',
        '缺少所选投入或产出数据的单位列在表末“未纳入”，未参与计算。',
      ],
      head: ['列名', '说明'],
      rows: columns.map((c) => [c.header, c.note]),
    },
  });
}
