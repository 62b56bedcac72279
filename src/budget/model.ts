/**
 * What the core hands out: a department-year with its tables and rows, as loading makes them.
 * The types only; load.ts and table-loader.ts build them, the profiles extend them.
 */
import type { Finding } from "./findings";
import type { AmountUnit, Cents } from "./money";
import type { Erratum } from "./errata";
import type { KnownDepartmentYear } from "./profiles";
import type { ColumnSpec, DocumentKind, TableSpec } from "./profiles/types";
import type { Side } from "./table-schema";

/**
 * What a row is in its table:
 * total (合计), item (a classified row, list entry or fixed item), unit (资金使用单位),
 * detail (表11 category, 表12 project), yearTotal (本年收入合计 …), grandTotal (收入总计 …).
 */
export type RowRole = "total" | "item" | "unit" | "detail" | "yearTotal" | "grandTotal";

export interface BudgetRow {
  /** Line in the CSV file, for findings and for the "source" link. */
  line: number;
  role: RowRole;
  name: string;
  code?: string;
  /** 0 for totals; 1 for a class, unit or top item; deeper for children. */
  depth: number;
  /** twoSided tables: which list the row belongs to. */
  side?: Side;
  /** 表8: the registry key of the fixed item. */
  item?: string;
  /** unitGrouped tables: the spending unit a detail row belongs to. */
  unit?: string;
  /** twoSided tables: a sub-line ("1. 一般公共预算资金") belongs to the ordinal line above it ("一、…"). */
  parentLine?: number;
  /** Integers of the table's smallest printed unit; a cell printed blank counts as 0. */
  amounts: Readonly<Record<string, Cents>>;
  /** Keys of the amount cells the document prints blank (only where the profile allows blanks). */
  blanks?: readonly string[];
  /** Cells the errata correct: what the document prints, by column key (the row holds the correction). */
  misprints?: Readonly<Record<string, string>>;
  /** Text columns other than name and code (e.g. 绩效目标). */
  texts: Readonly<Record<string, string>>;
}

export interface BudgetTable {
  spec: TableSpec;
  /** Path relative to the data root. */
  file: string;
  /** The unit its amounts are printed in, and its power of ten of 元 (see money.ts). */
  unit: AmountUnit;
  scale: number;
  /** The columns this document prints: the spec's, less optional ones the CSV leaves out. */
  columns: readonly ColumnSpec[];
  rows: BudgetRow[];
}

/** What every department-year has, whatever its profile. */
export interface DepartmentYearBase {
  /** "2025/huadu-zwfw": the folder, relative to the data root. */
  path: string;
  year: number;
  /** Department folder name; also its URL segment. */
  slug: string;
  /** 部门预算 or 单位预算, as the document says. */
  kind: DocumentKind;
  /** The unit of the tables without a unit of their own. */
  unit: AmountUnit;
  /** The tables that loaded, by their profile id. */
  tables: Readonly<Record<string, BudgetTable>>;
  /** Tables of the profile that did not load (their findings say why), missing files included. */
  failedTables: readonly string[];
  /** Required tables whose file is not in the folder at all. */
  missingTables: readonly string[];
  /** Tables of the profile the document does not publish. */
  absentTables: readonly string[];
  /** Acknowledged discrepancies of the published document (errata.yaml). */
  errata: readonly Erratum[];
}

export type DepartmentYear = KnownDepartmentYear;

export interface LoadResult {
  departmentYears: DepartmentYear[];
  findings: Finding[];
  /** What was read, for the "checked N files, M rows" summary. */
  stats: { departmentYears: number; files: number; rows: number };
}
