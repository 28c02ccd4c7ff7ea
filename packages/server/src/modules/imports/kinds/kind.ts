import type { LocalizedText } from '@bianping/core/errors';
import type { ImportSummary } from '@bianping/core/imports';
import type { ParsedRow } from '@bianping/core/imports/parse-sheet';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import type { Db } from '../../../db/client.ts';
import type { IdProtector } from '../../staff/id-number-protection.ts';
import { type ImportScope, isRegionInScope } from '../imports.policy.ts';
import { findUnitsByCreditCode, type UnitRef } from '../imports.queries.ts';

/**
 * What each kind of sheet supplies: the database checks and the writes of an import (`plan`),
 * and the rows of an export. The service does the rest the same way for every kind: reading,
 * cell checks, error reporting, the transaction and the audit entry.
 */
export type PlanContext = {
  db: Db;
  scope: ImportScope;
  today: string;
  protector: IdProtector;
  /** Columns the file has. A missing optional column leaves the stored values alone. */
  present: ReadonlySet<string>;
  /** Names of the open-ended columns the file has (`工作量:办件量` → 办件量). */
  dynamicNames: string[];
  /** Records a problem found against the database at the cell of column `key`. */
  problem(row: number, key: string, message: LocalizedText): void;
};

export type ImportPlan = {
  /** Counts over the rows that passed every check. */
  summary: ImportSummary;
  /** Writes the changes; runs inside the commit's transaction. */
  apply(tx: Db): Promise<void>;
};

export type ExportData<Row> = {
  rows: AsyncIterable<Row> | Iterable<Row>;
  /** Names of the open-ended columns (peer workload measures). */
  dynamicNames?: string[];
  /** Units left out because they have no credit code. */
  omittedUnits?: number;
};

export type ImportHandler<Row = Record<string, unknown>> = {
  template: AnyImportTemplate;
  plan(ctx: PlanContext, rows: ParsedRow<Row>[]): Promise<ImportPlan>;
  /** The current data in template rows (codes, ISO dates), limited to `regionIds` (null: all). */
  exportData(db: Db, regionIds: string[] | null): Promise<ExportData<Row>>;
};

/** Tallies row outcomes. */
export class Tally {
  create = 0;
  update = 0;
  unchanged = 0;
  add(outcome: 'create' | 'update' | 'unchanged') {
    this[outcome]++;
  }
  get summary(): ImportSummary {
    return { create: this.create, update: this.update, unchanged: this.unchanged };
  }
}

/** The stated value of a column, or the stored one when the file does not have the column. */
export const stated = <T>(present: ReadonlySet<string>, key: string, fromFile: T, stored: T): T =>
  present.has(key) ? fromFile : stored;

/** Messages shared by the kinds that name units by credit code. */
export const unitProblems = {
  unknown: (code: string): LocalizedText => ({
    zh: `单位未登记：统一社会信用代码 ${code} 不在台账中`,
    en: `Unknown unit: credit code ${code} is not in the registry`,
  }),
  outOfScope: (name: string): LocalizedText => ({
    zh: `单位“${name}”不在您的管辖范围内`,
    en: `The unit ${name} is outside your scope`,
  }),
};

/**
 * Looks the units of a file up by credit code once. `resolve` checks one row's unit, recording
 * "unknown" or "outside your scope" at the cell when it cannot be used; `find` only looks up.
 */
/**
 * The rows whose 统一社会信用代码 names a unit the user may import into, each with its unit;
 * every other row is reported as a problem on its credit-code cell.
 */
export async function rowsWithUnits<V extends { creditCode: string }>(
  ctx: PlanContext,
  rows: { row: number; values: V }[],
): Promise<{ row: number; values: V; unit: UnitRef }[]> {
  const units = await unitLookup(
    ctx,
    rows.map((r) => r.values.creditCode),
  );
  return rows.flatMap(({ row, values }) => {
    const unit = units.resolve(row, 'creditCode', values.creditCode);
    return unit ? [{ row, values, unit }] : [];
  });
}

export async function unitLookup(ctx: PlanContext, codes: Iterable<string>) {
  const found = await findUnitsByCreditCode(ctx.db, codes);
  return {
    find: (code: string) => found.get(code) ?? null,
    resolve(row: number, key: string, code: string): UnitRef | null {
      const unit = found.get(code);
      if (!unit) {
        ctx.problem(row, key, unitProblems.unknown(code));
        return null;
      }
      if (!isRegionInScope(ctx.scope, unit.regionId)) {
        ctx.problem(row, key, unitProblems.outOfScope(unit.name));
        return null;
      }
      return unit;
    },
  };
}
