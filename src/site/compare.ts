/**
 * Year over year: each table both years publish, row by row, this year against last year. Rows are
 * matched by classification code where the table has codes (a code whose name changed is said so),
 * by printed line name in the two-sided tables, by column in the one-row tables; rows that appear
 * or disappear are marked. Amounts of the two years are compared exactly, in the finer of their
 * units. Only department-years of the same profile are compared.
 */
import { toScale } from "../budget";
import type { DepartmentYear } from "../budget";
import type { TableSpec } from "../budget";
import type { BudgetRow, BudgetTable } from "../budget";
import { bareName } from "../budget";
import { publishedTables } from "./contents";

export type RowStatus = "both" | "new" | "gone";

export interface ComparedRow {
  /** The row as this year prints it (last year's where it is gone). */
  row: BudgetRow;
  /** The column compared, for the one-row tables whose columns are the rows. */
  column?: string;
  code?: string;
  status: RowStatus;
  /** Last year's name, where the same code was printed with another name. */
  priorName?: string;
  current?: number;
  prior?: number;
  /** current − prior, in `scale`. */
  change?: number;
  /** change ÷ prior in tenths of a percent, rounded half away from zero; absent when prior is 0. */
  permille?: number;
}

export interface TableComparison {
  spec: TableSpec;
  /** The column compared: the table's first amount column (its total). */
  column: string;
  /** The unit of the compared figures (10^scale 元): the finer of the two years'. */
  scale: number;
  rows: ComparedRow[];
}

const tableIn = (dy: DepartmentYear, id: string): BudgetTable | undefined =>
  (dy.tables as Record<string, BudgetTable | undefined>)[id];

/** How a row is recognised in the other year. */
const keyOf = (row: BudgetRow): string | undefined => {
  if (row.role === "total") return "total";
  if (row.role === "grandTotal" || row.role === "yearTotal") return `${row.side ?? ""}:${row.role}`;
  if (row.code !== undefined) return `code:${row.code}`;
  if (row.item !== undefined) return `item:${row.item}`;
  if (row.side !== undefined) return `${row.side}:${bareName(row.name)}`;
  if (row.unit !== undefined) return `${row.unit}:${row.role}:${bareName(row.name)}`;
  return `name:${bareName(row.name)}`;
};

const permilleOf = (change: number, prior: number): number | undefined =>
  prior === 0 ? undefined : Math.sign(change * prior) * Math.round(Math.abs((change * 1000) / prior));

const figures = (current: number | undefined, prior: number | undefined) => {
  if (current === undefined || prior === undefined) return {};
  const change = current - prior;
  const permille = permilleOf(change, prior);
  return { change, ...(permille !== undefined ? { permille } : {}) };
};

const compareRows = (now: BudgetTable, before: BudgetTable, column: string, scale: number): ComparedRow[] => {
  const value = (table: BudgetTable, row: BudgetRow): number => toScale(row.amounts[column] ?? 0, table.scale, scale);
  const priorByKey = new Map(before.rows.map((r) => [keyOf(r), r]));
  const seen = new Set<string | undefined>();
  const rows: ComparedRow[] = now.rows.map((row) => {
    const key = keyOf(row);
    seen.add(key);
    const old = priorByKey.get(key);
    const current = value(now, row);
    if (!old) return { row, ...(row.code !== undefined ? { code: row.code } : {}), status: "new", current };
    const prior = value(before, old);
    return {
      row,
      ...(row.code !== undefined ? { code: row.code } : {}),
      status: "both",
      ...(old.name !== row.name && row.code !== undefined ? { priorName: old.name } : {}),
      current,
      prior,
      ...figures(current, prior),
    };
  });
  for (const old of before.rows) {
    if (seen.has(keyOf(old))) continue;
    rows.push({
      row: old,
      ...(old.code !== undefined ? { code: old.code } : {}),
      status: "gone",
      prior: value(before, old),
    });
  }
  return rows;
};

/** A one-row table's columns, each as a row. */
const compareRecord = (now: BudgetTable, before: BudgetTable, scale: number): ComparedRow[] => {
  const rowNow = now.rows[0];
  const rowBefore = before.rows[0];
  if (!rowNow || !rowBefore) return [];
  return now.columns
    .filter((c) => c.type === "money")
    .map((c) => {
      const current = toScale(rowNow.amounts[c.key] ?? 0, now.scale, scale);
      const prior = toScale(rowBefore.amounts[c.key] ?? 0, before.scale, scale);
      return { row: rowNow, column: c.key, status: "both" as const, current, prior, ...figures(current, prior) };
    });
};

/** Every table both years publish, compared; nothing when the profiles differ. */
export const compareYears = (dy: DepartmentYear, prior: DepartmentYear): TableComparison[] => {
  if (dy.profile.id !== prior.profile.id) return [];
  return publishedTables(dy).flatMap((spec): TableComparison[] => {
    const now = tableIn(dy, spec.id);
    const before = tableIn(prior, spec.id);
    if (!now || !before) return [];
    const scale = Math.min(now.scale, before.scale);
    if (spec.model === "record") return [{ spec, column: "", scale, rows: compareRecord(now, before, scale) }];
    const column = now.columns.find((c) => c.type === "money")?.key;
    if (!column) return [];
    return [{ spec, column, scale, rows: compareRows(now, before, column, scale) }];
  });
};

/** Each list's department-years by year and folder name, made once per list (pages ask per page). */
const byYearAndSlug = new WeakMap<readonly DepartmentYear[], Map<string, DepartmentYear>>();

/** Last year's department-year of the same department, if the data has it. */
export const priorYearOf = (dy: DepartmentYear, all: readonly DepartmentYear[]): DepartmentYear | undefined => {
  let index = byYearAndSlug.get(all);
  if (!index) {
    index = new Map();
    for (const other of all) {
      const key = `${other.year}/${other.slug}`;
      if (!index.has(key)) index.set(key, other);
    }
    byYearAndSlug.set(all, index);
  }
  return index.get(`${dy.year - 1}/${dy.slug}`);
};
