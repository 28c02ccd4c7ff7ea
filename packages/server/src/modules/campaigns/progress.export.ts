import type { Writable } from 'node:stream';
import {
  type CampaignProgress,
  type ProgressExportRow,
  progressExportColumns,
  progressExportRows,
} from '@bianping/core/campaigns/progress';
import { guardFormula } from '@bianping/core/imports/columns';
import { type WorkbookColumn, writeImportWorkbook } from '../../documents/excel/workbook-writer.ts';

/**
 * The progress export: the core's flat rows (one target in one phase) as an Excel sheet through
 * the registry exports' workbook writer, or as CSV. Text Excel would run as a formula is
 * neutralised in both (`guardFormula`), as in every export, since unit names come from users.
 */

type Lang = 'zh' | 'en';

const cellsOf = (row: ProgressExportRow) => progressExportColumns.map((c) => row[c.key]);

/** Writes the .xlsx to `out`; resolves when the last byte is written. */
export function writeProgressWorkbook(out: Writable, progress: CampaignProgress, name: string, lang: Lang) {
  const columns: WorkbookColumn[] = progressExportColumns.map((c) => ({
    header: c[lang],
    required: false,
    width: c.key === 'unitName' ? 30 : 14,
    note: '',
    format: c.key === 'overdueDays' ? 'general' : c.key === 'dueDate' ? 'date' : 'text',
    allowed: null,
  }));
  const zh = lang === 'zh';
  return writeImportWorkbook(out, {
    sheetName: zh ? '评估进度' : 'Progress',
    columns,
    rows: progressExportRows(progress, lang).map(cellsOf),
    instructions: {
      title: zh ? '评估进度说明' : 'About this progress export',
      notes: [
        zh
          ? `评估项目：${name}；统计日期：${progress.today}（北京时间）。`
          : `Campaign: ${name}; as of ${progress.today} (China time).`,
        zh
          ? '每行为一个评估对象在一个阶段的状态；阶段截止日期次日起未完成即为逾期，按日历日计算。'
          : 'One row per target and phase; an unfinished phase is overdue from the day after its end date, in calendar days.',
      ],
      head: zh ? ['列名', '说明'] : ['Column', 'Note'],
      rows: columns.map((c) => [c.header, '']),
    },
  });
}

/** A CSV field: formula-looking text guarded, quoted when it holds a quote, comma or line break. */
function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text with a UTF-8 byte-order mark, so Excel opens the Chinese text correctly. */
export function progressCsv(progress: CampaignProgress, lang: Lang): string {
  const lines = [
    progressExportColumns.map((c) => csvField(c[lang])),
    ...progressExportRows(progress, lang).map((row) => cellsOf(row).map(csvField)),
  ];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
