import type { LocalizedText } from '../errors.ts';
import { type ColumnType, col, type ImportColumn, type RowOf } from './columns.ts';
import type { ImportKind } from './imports.schemas.ts';

/**
 * What a template is, and the pieces every sheet that names units shares: the credit-code and
 * unit-name columns, the common instructions and the example units.
 */

/** A problem of one row that concerns a column (`key`). */
export type RowProblem = { key: string; message: LocalizedText };

/** A combination of columns that must be unique within the file. */
export type UniqueKey<Row> = {
  /** Columns that form the key; a duplicate is reported on the first. */
  keys: string[];
  /** The key of a row, or null when the row does not take part (e.g. a masked ID number). */
  of: (row: Row) => string | null;
};

/** Columns whose headers carry a name (`工作量:办件量`), for open-ended measures. */
export type DynamicColumns = {
  key: string;
  prefix: string;
  type: ColumnType;
  note: string;
  /** Names the downloadable template shows as examples. */
  exampleNames: string[];
};

export type ImportTemplate<Cs extends readonly ImportColumn[] = readonly ImportColumn[], Extra = unknown> = {
  kind: ImportKind;
  /** Names the sheet, the download and the audit entry. */
  label: LocalizedText;
  columns: Cs;
  dynamic?: DynamicColumns;
  uniqueKeys: UniqueKey<RowOf<Cs> & Extra>[];
  /** Checks across the columns of one row. */
  check?: (row: RowOf<Cs> & Extra) => RowProblem[];
  /** Two demo-like rows for the template; a row equal to one of them is refused as a leftover. */
  examples: (RowOf<Cs> & Extra)[];
  /** General instructions for the 填写说明 sheet. */
  notes: string[];
};

/** A template with its row type erased, for code that handles every kind alike. */
export type AnyImportTemplate = ImportTemplate<readonly ImportColumn[], Record<string, unknown>>;

export const unitCode = col.creditCode(
  'creditCode',
  '统一社会信用代码',
  true,
  '18 位代码（GB 32100，含校验位），用于识别单位，须已在台账中登记且在您的管辖范围内',
);
export const unitName = col.text(
  'unitName',
  '单位名称',
  false,
  '便于阅读；与统一社会信用代码不一致时以代码为准',
  {
    width: 28,
  },
);
export const identifiesUnit = '单位以“统一社会信用代码”识别，“单位名称”仅供阅读，二者不一致时以代码为准。';
export const keepsMissing =
  '文件中没有的非必填列视为“不涉及”，不改动已有数据；列存在而单元格为空，表示清空该项。';
export const examplesNote = '第 2、3 行为示例（灰色），导入前请删除，否则会被拒绝。';

export const EXAMPLE_CODE_1 = '11990121900000014K';
export const EXAMPLE_CODE_2 = '12990121900000022B';
export const EXAMPLE_UNIT_1 = '示范县发展和改革局';
export const EXAMPLE_UNIT_2 = '示范县疾病预防控制中心';
