/**
 * What a profile is: one region's kind of budget disclosure, described as data. A profile names
 * its documents' kinds, the parts in printed order, the table set (each table's number and title
 * as printed, file, columns, row model, unit, whether it may be absent), the identities its rows
 * must satisfy and the cross-table rule rows it runs. The engine reads these; no code outside a
 * profile names one of its tables.
 */
import type { Bilingual } from "../i18n-text";
import type { Source } from "../schema/source";
import type { z } from "zod";
import type { Finding } from "../findings";
import type { AmountUnit } from "../money";
import type { ProfileChecks } from "../reconcile/checks";
import type { BudgetTable } from "../model";
import type { ProfileImporter } from "../import/document";
import type { NewYearPlan } from "../new-year-yaml";
import type { RowPick } from "../reconcile/rows";

/** How a CSV cell is read. */
export type ColumnType =
  /** An amount in the table's unit, parsed to an integer of its smallest printed unit. */
  | "money"
  /** Free text. */
  | "text"
  /** 支出功能分类 code: 3, 5 or 7 digits in one cell. */
  | "functionCode"
  /** 部门预算支出经济分类 code: 3 or 5 digits in one cell. */
  | "economicCode"
  /** One printed part of a function code (类 3 digits, 款 2, 项 2), in its own column. */
  | "functionCodePart"
  /** One printed part of an economic code (类 3 digits, 款 2), in its own column. */
  | "economicCodePart"
  /** 收入 or 支出, the side of a two-sided table. */
  | "side"
  /** 合计 / 单位 / 类别 / 项目: the row kind of a unit-grouped table. */
  | "rowKind";

export interface ColumnSpec {
  /** Stable key used in code, JSON downloads and tests. */
  key: string;
  /** The exact header staff write in the CSV's first row. */
  header: string;
  /** Heading as printed in the document (may differ from the CSV header, e.g. "其中：基本支出"). */
  label: Bilingual;
  /** Upper header cell this column sits under in the printed multi-level header. */
  group?: Bilingual;
  type: ColumnType;
  /** A required cell may not be blank. Codes are optional because 合计 rows have none. */
  required: boolean;
  /** Longest text accepted without a warning (characters). */
  maxLength?: number;
  /** The column is printed only in some documents of the profile (e.g. 人员经费 in a 单位预算's 表1). */
  optional?: boolean;
  /** Two-sided tables: the column belongs to one side only; the other side leaves it blank. */
  side?: "income" | "expenditure";
  /** Two-sided tables: the heading this column has on the expenditure side, where it differs. */
  expenditureLabel?: Bilingual;
  /** Code-part columns: which part (0 类, 1 款, 2 项). */
  part?: number;
}

/**
 * Row models:
 * - twoSided: income and expenditure lists side by side (收支总表); lines "1." under "一、" are sub-lines;
 * - functional: rows keyed by function code, hierarchy 3 → 5 → 7 digits;
 * - economic: rows keyed by economic code, hierarchy 3 → 5 digits;
 * - fixedItems: a fixed list of printed items with their own hierarchy (广州 表8);
 * - record: one row of named figures (上海 “三公”经费和机关运行经费预算表);
 * - unitGrouped: 合计, then per spending unit its rows (广州 表11 categories, 表12 projects);
 * - list: plain rows with no totals (a key-projects table printed in the text).
 */
export type RowModel = "twoSided" | "functional" | "economic" | "fixedItems" | "record" | "unitGrouped" | "list";

export interface FixedItemSpec {
  key: string;
  /** Printed text; matched after removing spaces so "1.公务用车购置费" also matches. */
  label: Bilingual;
  /** Key of the item this one is a part of (its printed prefix shows the level). */
  parent?: string;
  /** Rule id suffix of "this item = the sum of its parts", for items that have parts. */
  sumRule?: string;
  /** Title and identity of that rule. */
  sumTitle?: Bilingual;
  sumIdentity?: Bilingual;
}

/** A total column and the columns it adds up, checked on every row. */
export interface RowSum {
  /** Rule id suffix, e.g. "row-total" → "t02.row-total". */
  rule: string;
  total: string;
  parts: readonly string[];
  title: Bilingual;
  identity: Bilingual;
}

/** The printed names of a two-sided table's total lines. */
export interface SideTotals {
  /** 本年收入合计 / 本年支出合计, where the profile prints it. */
  yearTotal?: string;
  /** 收入总计 / 支出总计. */
  grandTotal: string;
}

/**
 * How a list table's rows are printed, for reading it from a laid-out page (a PDF): the column
 * whose cells start the rows (an amount column where every row prints one, or the text column of
 * the list that names every row), and the merged columns — a group's name printed once, "centred"
 * over its rows, or "filled": beside the group's first row and meant for every row below it.
 */
export interface ListLayout {
  rowsBy: string;
  merged?: Readonly<Record<string, "centred" | "filled">>;
}

export interface TableSpec {
  /** Stable id within its profile: the file stem, e.g. "table05". */
  id: string;
  /** The number the document gives the table (表5, 公开05表); absent for tables printed inside the text. */
  number?: number;
  /** CSV file name inside a department-year folder. */
  file: string;
  /** The profile's name for the table; the printed title of a document may add its year. */
  title: Bilingual;
  /** Other titles documents of the profile print for the table (政府采购预算表 for 政府采购支出预算表). */
  printedTitles?: readonly string[];
  model: RowModel;
  columns: readonly ColumnSpec[];
  /** list tables: how their rows are laid out in print (see ListLayout). */
  listLayout?: ListLayout;
  /** fixedItems tables: the item list, in printed order. */
  items?: readonly FixedItemSpec[];
  /** unitGrouped tables: child row kind, 类别 or 项目. */
  detailKind?: Bilingual;
  /** May hold nothing but an empty 合计 row (its note then says so). */
  mayBeEmpty: boolean;
  /** "optional": a document of the profile may leave the table out (its file is then absent). */
  presence: "required" | "optional";
  /** Where the 合计 row is printed in classified and unit-grouped tables. */
  totalRow?: "first" | "last";
  /** A unit fixed by the profile (e.g. the 三公 table in 万元); otherwise the document's own. */
  unit?: AmountUnit;
  /** The document prints nothing where an amount is zero: blank amount cells read as printed blanks. */
  blankAmounts?: boolean;
  /** Column identities checked on every row. */
  rowSums?: readonly RowSum[];
  /** Two-sided tables: the total lines of each side. */
  sides?: { income: SideTotals; expenditure: SideTotals };
  /** Two-sided tables: lines numbered "1." "2." under an ordinal line are its parts. */
  subLines?: boolean;
}

/** 部门预算 or 单位预算 (决算 later): what the cover says the document is. */
export type DocumentKind = "部门预算" | "单位预算";

export const DOCUMENT_KIND_EN: Record<DocumentKind, string> = {
  部门预算: "departmental budget",
  单位预算: "unit budget",
};

/** A YAML file of a department-year, read with its profile's schema. */
export interface ProfileYaml<T = unknown> {
  file: string;
  what: Bilingual;
  schema: z.ZodType<T>;
  /** May be left out (an English edition). */
  optional?: boolean;
}

/** The common head every profile's department.yaml has. */
export interface MetaHead {
  profile: string;
  department: string;
  year: number;
  title: string;
  /** Where the figures come from (schema/source.ts), where staff say. */
  source?: Source | undefined;
}

/** A part of the document printed as headings and sections of paragraphs, with its English, if any. */
export interface PrintedText {
  /** The part's page: "overview", "explanation", or a part of its own ("duties", "other"…). */
  key: string;
  heading: string;
  sections: readonly { heading?: string | undefined; paragraphs: readonly string[] }[];
  english?:
    | {
        heading?: string | undefined;
        sections?: readonly { heading?: string | undefined; paragraphs?: readonly string[] | undefined }[] | undefined;
      }
    | undefined;
  /** The part's short name (breadcrumbs, page title; the contents where the 目录 does not pair). */
  label?: Bilingual;
}

/**
 * A profile whose document is printed texts, the tables and the glossary: the parts in printed
 * order, and the 目录's lines naming them (paired by position when they are as many as the parts).
 */
export interface PrintedParts {
  /** Each part's `label`: its name in the contents where the 目录 does not pair with the parts. */
  parts: readonly (
    | { kind: "text"; text: PrintedText }
    | { kind: "tables"; label?: Bilingual }
    | { kind: "glossary"; label?: Bilingual }
  )[];
  contents: readonly string[];
  contentsEn?: readonly string[] | undefined;
}

/** A figure the site shows first (income, expenditure…): the table cell that prints it. */
export interface KeyFigureSpec<E = unknown> {
  id: "income" | "expenditure" | "basic" | "project" | "threePublic" | "adminCosts";
  table: string;
  row: RowPick;
  column: string;
  /** Shown as a share of this cell of the same table. */
  shareOf?: { row: RowPick; column: string };
  /** The change on last year's budget the text states, in hundredths of 万元. */
  change?: (explanation: E) => number | undefined;
}

/** A chart: a table's rows by function or economic class, or some of a row's columns side by side. */
export type ChartSpec =
  | { kind: "classes"; table: string; column: string; classification: "function" | "economic" }
  | { kind: "columns"; table: string; id: string; title: string; columns: readonly string[] };

/**
 * A profile: one kind of disclosure as data. `M`, `E`, `G`, `En` are the shapes of its
 * department.yaml, explanation.yaml, glossary.yaml and (optional) english.yaml.
 */
export interface Profile<M extends MetaHead = MetaHead, E = unknown, G = unknown, En = unknown> {
  id: string;
  name: Bilingual;
  /** The document kinds of the profile; the first is the default. */
  kinds: readonly DocumentKind[];
  /** Every CSV table, in printed order; tables printed inside the text have no number. */
  tables: readonly TableSpec[];
  yaml: {
    department: ProfileYaml<M>;
    explanation: ProfileYaml<E>;
    glossary: ProfileYaml<G>;
    english?: ProfileYaml<En>;
  };
  /** The document's kind (部门预算 / 单位预算) as its department.yaml says. */
  kindOf: (meta: M) => DocumentKind;
  /** The unit of tables without a fixed unit of their own. */
  unitOf: (meta: M) => AmountUnit;
  /** Whether the document's own notes say that rounding may leave differences. */
  mentionsRounding: (meta: M) => boolean;
  /** Tables the document says it does not publish (their files are then absent). */
  absentTables?: (meta: M) => readonly string[];
  /** The rules beyond those its tables imply: across tables, against the text, over the document. */
  checks: ProfileChecks;
  /** How next year's folder is scaffolded from this year's (npm run new-year). */
  newYear?: NewYearPlan;
  /** How an imported document's text becomes the profile's YAML files. */
  importer?: ProfileImporter;
  /** Profiles whose document is printed texts: its parts, in order (see PrintedParts). */
  printedParts?: (parts: { meta: M; explanation: E; english: En | undefined }) => PrintedParts;
  /** The figures the site shows first, where the profile describes them as data. */
  keyFigures?: readonly KeyFigureSpec<E>[];
  /** The charts of the department-year's home page and of its table pages, as data. */
  charts?: { home: readonly ChartSpec[]; tables: Readonly<Record<string, readonly ChartSpec[]>> };
  /** Findings where the English edition no longer pairs with the Chinese. */
  checkEnglish?: (
    parts: { meta: M; explanation: E; glossary: G; english: En; tables: readonly BudgetTable[] },
    file: string,
  ) => Finding[];
}
