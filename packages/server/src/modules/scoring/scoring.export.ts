import type { Writable } from 'node:stream';
import { type CampaignGrade, campaignGrades } from '@bianping/core/campaigns/vocabulary';
import { vetoEffects } from '@bianping/core/indicators/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import type { CampaignScores } from '@bianping/core/scoring/api';
import {
  type WorkbookCell,
  type WorkbookColumn,
  writeImportWorkbook,
} from '../../documents/excel/workbook-writer.ts';

/**
 * The ranking as an Excel sheet through the registry exports' streaming workbook writer (text
 * that Excel would run as a formula is neutralised there with `guardFormula`, as in every
 * export): rank, unit, category, total, grade, veto, category rank, rank change, then one column
 * per first-level indicator of each set.
 */

type Lang = 'zh' | 'en';

const column = (header: string, format: WorkbookColumn['format'], width = 12): WorkbookColumn => ({
  header,
  required: false,
  width,
  note: '',
  format,
  allowed: null,
});

export function writeScoresWorkbook(out: Writable, scores: CampaignScores, name: string, lang: Lang) {
  const zh = lang === 'zh';
  const firstLevel = scores.sets.flatMap((s) =>
    s.firstLevel.map((f) => ({
      setId: s.setId,
      code: f.code,
      header: `${s.name} ${f.code} ${f.name}（${f.maxPoints}）`,
    })),
  );
  const columns = [
    column(zh ? '排名' : 'Rank', 'general', 8),
    column(zh ? '单位' : 'Unit', 'text', 30),
    column(zh ? '类别' : 'Category', 'text'),
    column(zh ? '总分' : 'Total', 'general'),
    column(zh ? '等次' : 'Grade', 'text'),
    column(zh ? '否决' : 'Veto', 'text'),
    column(zh ? '类别内排名' : 'Rank in category', 'general'),
    column(zh ? '名次变化' : 'Rank change', 'general'),
    ...firstLevel.map((f) => column(f.header, 'general', 18)),
  ];
  const rows: WorkbookCell[][] = scores.rows.map((r) => {
    const points = new Map(r.firstLevel.map((p) => [`${p.setId}/${p.code}`, p.points]));
    return [
      r.rank,
      r.unitName,
      unitCategories.labels[r.category][lang],
      r.total,
      campaignGrades.labels[r.grade as CampaignGrade][lang],
      r.veto ? vetoEffects.labels[r.veto][lang] : '',
      r.categoryRank,
      r.rankChange,
      ...firstLevel.map((f) => points.get(`${f.setId}/${f.code}`) ?? null),
    ];
  });
  return writeImportWorkbook(out, {
    sheetName: zh ? '综合评定' : 'Overall scores',
    columns,
    rows,
    instructions: {
      title: zh ? '综合评定说明' : 'About this export',
      notes: [
        zh
          ? `评估项目：${name}；计算时间：${scores.computedAt ?? '未计算'}${scores.stale ? '（数据已变更，结果待重新计算）' : ''}。`
          : `Campaign: ${name}; computed ${scores.computedAt ?? 'never'}${scores.stale ? ' (entries changed since: recompute)' : ''}.`,
        zh
          ? '名次变化 = 上一次同类评估的排名 − 本次排名，正数为上升；并列者名次相同。'
          : 'Rank change = previous campaign’s rank − this rank, positive = up; ties share a rank.',
      ],
      head: zh ? ['列名', '说明'] : ['Column', 'Note'],
      rows: columns.map((c) => [c.header, '']),
    },
  });
}
