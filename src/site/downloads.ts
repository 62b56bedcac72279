/**
 * Downloads, generated at build time from the typed tables: each table as CSV (the data CSV's
 * own header, amounts as exact decimals, UTF-8 with BOM so that Excel reads the Chinese) and as
 * JSON (typed rows, amounts both as decimal strings and integer hundredths), and the whole
 * department-year as a Frictionless Data Package describing the CSVs.
 */
import Papa from "papaparse";
import type { Bilingual } from "../budget/i18n-text";
import type { DepartmentYear } from "../budget/load";
import { toDecimalString, type Cents } from "../budget/money";
import { KEY_PROJECTS, TABLES, type ColumnSpec, type TableSpec } from "../budget/registry/tables";
import type { BudgetRow, BudgetTable } from "../budget/table-loader";
import { departmentName, documentTitle, rowName, tableNote } from "./localize";
import { tableSlug } from "./paths";

export const UNIT = "万元";
export const UNIT_LABEL: Bilingual = { zh: "万元", en: "10,000 yuan (CNY)" };

const BOM = "\uFEFF";

/** The specs a department-year publishes, in document order: 表1–表12, then the key projects. */
export const PUBLISHED_SPECS: readonly TableSpec[] = [...TABLES, KEY_PROJECTS];

export const tableOf = (dy: DepartmentYear, spec: TableSpec): BudgetTable =>
  spec.id === "keyProjects" ? dy.keyProjects : dy.tables[spec.id];

const KIND_WORD: Record<string, string> = { total: "合计", unit: "单位" };

/** A row's cell as staff write it in the data CSV. */
const csvCell = (spec: TableSpec, column: ColumnSpec, row: BudgetRow): string => {
  switch (column.type) {
    case "money":
      return toDecimalString(row.amounts[column.key] ?? (0 as Cents));
    case "text":
      return column.key === "name" ? row.name : (row.texts[column.key] ?? "");
    case "functionCode":
    case "economicCode":
      return row.code ?? "";
    case "side":
      return row.side === "income" ? "收入" : row.side === "expenditure" ? "支出" : "";
    case "rowKind":
      return row.role === "detail" ? (spec.detailKind?.zh ?? "") : (KIND_WORD[row.role] ?? "");
  }
};

export const csvRecords = (table: BudgetTable): string[][] => [
  table.spec.columns.map((c) => c.header),
  ...table.rows.map((row) => table.spec.columns.map((c) => csvCell(table.spec, c, row))),
];

export const tableCsv = (table: BudgetTable): string =>
  BOM + Papa.unparse(csvRecords(table), { newline: "\r\n", quotes: false }) + "\r\n";

/** An amount both ways: exact decimal for people and spreadsheets, integer hundredths for programs. */
export interface JsonAmount {
  decimal: string;
  hundredths: number;
}

const jsonAmount = (value: Cents): JsonAmount => ({ decimal: toDecimalString(value), hundredths: value });

const optionalEn = (zh: string, text: { text: string; fallback: boolean }): Bilingual | { zh: string } =>
  text.fallback || text.text === zh ? { zh } : { zh, en: text.text };

export const tableJson = (dy: DepartmentYear, table: BudgetTable) => {
  const { spec } = table;
  const note = spec.id === "keyProjects" ? undefined : tableNote(dy, spec.id, "en");
  return {
    table: tableSlug(spec),
    ...(spec.number !== undefined ? { number: spec.number } : {}),
    title: spec.title,
    year: dy.year,
    department: optionalEn(dy.meta.department, departmentName(dy, "en")),
    unit: UNIT,
    unitLabel: UNIT_LABEL,
    source: table.file,
    columns: spec.columns.map((c) => ({
      key: c.key,
      header: c.header,
      label: c.label,
      ...(c.group ? { group: c.group } : {}),
      type: c.type,
      ...(c.type === "money" ? { unit: UNIT } : {}),
    })),
    ...(note && spec.id !== "keyProjects" ? { note: optionalEn(dy.meta.table_notes[spec.id], note) } : {}),
    rows: table.rows.map((row) => {
      const en = rowName(dy, spec, row, "en");
      return {
        line: row.line,
        role: row.role,
        name: row.name,
        ...(en.fallback ? {} : { nameEn: en.text }),
        ...(row.code !== undefined ? { code: row.code } : {}),
        depth: row.depth,
        ...(row.side !== undefined ? { side: row.side } : {}),
        ...(row.item !== undefined ? { item: row.item } : {}),
        ...(row.unit !== undefined ? { unit: row.unit } : {}),
        amounts: Object.fromEntries(Object.entries(row.amounts).map(([k, v]) => [k, jsonAmount(v)])),
        texts: row.texts,
      };
    }),
  };
};

/** "财政拨款收入：一般公共预算" — a grouped column's full title. */
const fieldTitle = (column: ColumnSpec, lang: "zh" | "en"): string =>
  column.group ? `${column.group[lang]}${lang === "zh" ? "：" : ": "}${column.label[lang]}` : column.label[lang];

const CODE_PATTERN: Partial<Record<ColumnSpec["type"], string>> = {
  functionCode: "^(\\d{3}|\\d{5}|\\d{7})$",
  economicCode: "^(\\d{3}|\\d{5})$",
};

/** A Table Schema field for a column (https://specs.frictionlessdata.io/table-schema/). */
const schemaField = (spec: TableSpec, column: ColumnSpec) => {
  const titles = { "zh-CN": fieldTitle(column, "zh"), en: fieldTitle(column, "en") };
  const base = { name: column.header, title: titles["zh-CN"], description: titles.en, titles };
  switch (column.type) {
    case "money":
      return {
        ...base,
        type: "number",
        decimalChar: ".",
        bareNumber: true,
        unit: UNIT,
        constraints: { required: true, minimum: 0 },
      };
    case "functionCode":
    case "economicCode":
      return { ...base, type: "string", constraints: { pattern: CODE_PATTERN[column.type] } };
    case "side":
      return { ...base, type: "string", constraints: { required: true, enum: ["收入", "支出"] } };
    case "rowKind":
      return {
        ...base,
        type: "string",
        constraints: { required: true, enum: ["合计", "单位", ...(spec.detailKind ? [spec.detailKind.zh] : [])] },
      };
    case "text":
      return { ...base, type: "string", ...(column.required ? { constraints: { required: true } } : {}) };
  }
};

const resourceTitle = (spec: TableSpec, lang: "zh" | "en"): string =>
  spec.number === undefined
    ? spec.title[lang]
    : lang === "zh"
      ? `表${spec.number} ${spec.title.zh}`
      : `Table ${spec.number}: ${spec.title.en}`;

/**
 * datapackage.json (https://specs.frictionlessdata.io/data-package/): one tabular resource per
 * CSV download, each with its table schema. `homepage` is the department-year's page, absolute.
 */
export const dataPackage = (dy: DepartmentYear, homepage: string) => {
  const title = documentTitle(dy, "en");
  return {
    profile: "tabular-data-package",
    name: `${dy.year}-${dy.slug}`,
    title: dy.meta.title,
    description: `${title.fallback ? dy.meta.title : title.text}. Amounts in ${UNIT}, units of 10,000 yuan (CNY), with two decimals.`,
    homepage,
    keywords: ["部门预算", "预算公开", "departmental budget", "budget disclosure", String(dy.year)],
    year: dy.year,
    department: optionalEn(dy.meta.department, departmentName(dy, "en")),
    unit: UNIT,
    resources: PUBLISHED_SPECS.map((spec) => ({
      profile: "tabular-data-resource",
      name: tableSlug(spec),
      path: `${tableSlug(spec)}.csv`,
      title: resourceTitle(spec, "zh"),
      description: resourceTitle(spec, "en"),
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: { fields: spec.columns.map((c) => schemaField(spec, c)), missingValues: [""] },
    })),
  };
};
