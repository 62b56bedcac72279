/**
 * Downloads, generated at build time from the typed tables: each table as CSV (the data CSV's
 * own header, amounts as exact decimals, UTF-8 with BOM so that Excel reads the Chinese) and as
 * JSON (typed rows, amounts both as decimal strings and integer hundredths), and the whole
 * department-year as a Frictionless Data Package describing the CSVs.
 */
import Papa from "papaparse";
import { neutraliseFormula } from "../budget";
import type { Bilingual } from "../budget";
import type { DepartmentYear } from "../budget";
import { decimalsOf, toDecimalString, type Cents } from "../budget";
import type { ColumnSpec, TableSpec } from "../budget";
import type { BudgetRow, BudgetTable } from "../budget";
import { departmentName, documentTitle, rowName, tableNote } from "./localize";
import { tableSlug } from "./paths";

const BOM = "\uFEFF";

/** The unit words of a table, as data consumers read them. */
const UNIT_LABELS: Readonly<Record<"元" | "万元", Bilingual>> = {
  万元: { zh: "万元", en: "10,000 yuan (CNY)" },
  元: { zh: "元", en: "yuan (CNY)" },
};

/** The tables a department-year publishes (every one that loaded), in document order. */
export const publishedSpecs = (dy: DepartmentYear): TableSpec[] =>
  dy.profile.tables.filter((spec) => (dy.tables as Record<string, unknown>)[spec.id] !== undefined);

export const tableOf = (dy: DepartmentYear, spec: TableSpec): BudgetTable => {
  const table = (dy.tables as Record<string, BudgetTable | undefined>)[spec.id];
  // Pages are only made for tables that loaded; anything else is a bug, not bad data.
  if (!table) throw new Error(`${dy.path}: table ${spec.id} did not load`);
  return table;
};

const KIND_WORD: Record<string, string> = { total: "合计", unit: "单位" };

/** The printed cell of a code printed in parts: 类 3 digits, 款 and 项 2 each. */
const codePart = (code: string | undefined, part: number): string => {
  if (code === undefined) return "";
  const [from, to] = part === 0 ? [0, 3] : part === 1 ? [3, 5] : [5, 7];
  return code.slice(from, to);
};

/** A row's cell as staff write it in the data CSV, exactly as printed (blanks and misprints too). */
const csvCell = (table: BudgetTable, column: ColumnSpec, row: BudgetRow): string => {
  const misprint = row.misprints?.[column.key];
  if (misprint !== undefined) return misprint;
  switch (column.type) {
    case "money":
      if (row.blanks?.includes(column.key)) return "";
      return toDecimalString(row.amounts[column.key] ?? (0 as Cents), decimalsOf(table.scale));
    case "text":
      return column.key === "name" ? row.name : (row.texts[column.key] ?? "");
    case "functionCode":
    case "economicCode":
      return row.code ?? "";
    case "functionCodePart":
    case "economicCodePart":
      return codePart(row.code, column.part ?? 0);
    case "side":
      return row.side === "income" ? "收入" : row.side === "expenditure" ? "支出" : "";
    case "rowKind":
      return row.role === "detail" ? (table.spec.detailKind?.zh ?? "") : (KIND_WORD[row.role] ?? "");
  }
};

export const csvRecords = (table: BudgetTable): string[][] => [
  table.columns.map((c) => c.header),
  ...table.rows.map((row) => table.columns.map((c) => csvCell(table, c, row))),
];

/**
 * The CSV download. A text cell starting with = + - @ would run as a formula when the file is
 * opened in Excel or WPS (validation warns about it, `cell.formula`): it is written with a leading
 * ' so the spreadsheet shows it as text. Amounts, negative ones too, are numbers and left alone.
 */
export const tableCsv = (table: BudgetTable): string => {
  const [header = [], ...rows] = csvRecords(table);
  const safe = [header, ...rows.map((cells) => cells.map(neutraliseFormula))];
  return BOM + Papa.unparse(safe, { newline: "\r\n", quotes: false }) + "\r\n";
};

const SIDE_EN: Readonly<Record<string, string>> = { income: "Income", expenditure: "Expenditure" };

/** A column's heading in English, with its group where several columns share a label (Income: Amount). */
const englishHeader = (column: ColumnSpec): string =>
  column.group ? `${column.group.en}: ${column.label.en}` : column.label.en;

/**
 * The CSV with English headings, for English readers: the same rows and exact figures, the names
 * as printed, and beside the row's name its English where the site has one (blank where not).
 */
export const tableCsvEnglish = (dy: DepartmentYear, table: BudgetTable): string => {
  const nameAt = table.columns.findIndex((column) => column.key === "name");
  const withName = <T>(cells: T[], name: T): T[] =>
    nameAt < 0 ? cells : [...cells.slice(0, nameAt + 1), name, ...cells.slice(nameAt + 1)];
  const header = withName(table.columns.map(englishHeader), "Name in English");
  const rows = table.rows.map((row) => {
    const english = rowName(dy, table.spec, row, "en");
    return withName(
      table.columns.map((column) =>
        column.type === "side" ? (SIDE_EN[row.side ?? ""] ?? "") : neutraliseFormula(csvCell(table, column, row)),
      ),
      english.fallback ? "" : neutraliseFormula(english.text),
    );
  });
  return BOM + Papa.unparse([header, ...rows], { newline: "\r\n", quotes: false }) + "\r\n";
};

/**
 * An amount both ways: the exact decimal for people and spreadsheets, and the integer count of
 * the table's smallest printed unit for programs (`hundredths` of 万元 where the table prints
 * 万元 with two decimals, as the Guangzhou tables do; `units` of `smallestUnit` otherwise).
 */
export type JsonAmount = { decimal: string; hundredths: number } | { decimal: string; units: number; blank?: true };

const jsonAmount = (table: BudgetTable, row: BudgetRow, key: string, value: Cents): JsonAmount => {
  const decimal = toDecimalString(value, decimalsOf(table.scale));
  if (table.scale === 2 && table.unit.unit === "万元") return { decimal, hundredths: value };
  return { decimal, units: value, ...(row.blanks?.includes(key) ? { blank: true as const } : {}) };
};

/** "0.01 万元", "1 元", "0.01 元": what one integer unit of a table's amounts is. */
const smallestUnit = (table: BudgetTable): string =>
  `${table.unit.decimals === 0 ? "1" : `0.${"0".repeat(table.unit.decimals - 1)}1`} ${table.unit.unit}`;

const optionalEn = (zh: string, text: { text: string; fallback: boolean }): Bilingual | { zh: string } =>
  text.fallback || text.text === zh ? { zh } : { zh, en: text.text };

export const tableJson = (dy: DepartmentYear, table: BudgetTable) => {
  const { spec } = table;
  const note = spec.number === undefined ? undefined : tableNote(dy, spec, "en");
  const noteZh = spec.number === undefined ? undefined : tableNote(dy, spec, "zh-CN");
  return {
    table: tableSlug(spec),
    ...(spec.number !== undefined ? { number: spec.number } : {}),
    title: spec.title,
    year: dy.year,
    department: optionalEn(dy.meta.department, departmentName(dy, "en")),
    unit: table.unit.unit,
    unitLabel: UNIT_LABELS[table.unit.unit],
    smallestUnit: smallestUnit(table),
    source: table.file,
    columns: table.columns.map((c) => ({
      key: c.key,
      header: c.header,
      label: c.label,
      ...(c.group ? { group: c.group } : {}),
      type: c.type,
      ...(c.type === "money" ? { unit: table.unit.unit } : {}),
    })),
    ...(note && noteZh ? { note: optionalEn(noteZh.text, note) } : {}),
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
        amounts: Object.fromEntries(Object.entries(row.amounts).map(([k, v]) => [k, jsonAmount(table, row, k, v)])),
        texts: row.texts,
        ...(row.misprints ? { misprints: row.misprints } : {}),
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

/** 类 three digits, 款 and 项 two, or blank. */
const CODE_PART_PATTERN = (part: number): string => (part === 0 ? "^(\\d{3})?$" : "^(\\d{2})?$");

/** A Table Schema field for a column (https://specs.frictionlessdata.io/table-schema/). */
const schemaField = (table: BudgetTable, column: ColumnSpec) => {
  const { spec } = table;
  const titles = { "zh-CN": fieldTitle(column, "zh"), en: fieldTitle(column, "en") };
  const base = { name: column.header, title: titles["zh-CN"], description: titles.en, titles };
  switch (column.type) {
    case "money":
      return {
        ...base,
        type: "number",
        decimalChar: ".",
        bareNumber: true,
        unit: table.unit.unit,
        // Where the document prints nothing for zero, the download keeps the blank.
        constraints: {
          required: !(spec.blankAmounts === true || column.optional === true || column.side !== undefined),
          minimum: 0,
        },
      };
    case "functionCode":
    case "economicCode":
      return { ...base, type: "string", constraints: { pattern: CODE_PATTERN[column.type] } };
    case "functionCodePart":
    case "economicCodePart":
      return { ...base, type: "string", constraints: { pattern: CODE_PART_PATTERN(column.part ?? 0) } };
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
const unitSentence = (tables: readonly BudgetTable[]): string => {
  const units = [...new Set(tables.map((t) => `${t.unit.unit}/${t.unit.decimals}`))];
  const describe = (key: string): string => {
    const [unit = "万元", decimals = "2"] = key.split("/");
    const word = UNIT_LABELS[unit as "元" | "万元"].en;
    return `${unit} (${word}) with ${decimals === "0" ? "no" : decimals} decimals`;
  };
  return units.length === 1
    ? `Amounts in ${describe(units[0] ?? "")}.`
    : `Amounts in each table's printed unit (see its unit field): ${units.map(describe).join("; ")}.`;
};

export const dataPackage = (dy: DepartmentYear, homepage: string) => {
  const title = documentTitle(dy, "en");
  const tables = publishedSpecs(dy).map((spec) => tableOf(dy, spec));
  return {
    profile: "tabular-data-package",
    name: `${dy.year}-${dy.slug}`,
    title: dy.meta.title,
    description: `${title.fallback ? dy.meta.title : title.text}. ${unitSentence(tables)}`,
    homepage,
    keywords: [
      dy.kind,
      "预算公开",
      dy.kind === "部门预算" ? "departmental budget" : "unit budget",
      "budget disclosure",
      String(dy.year),
    ],
    year: dy.year,
    department: optionalEn(dy.meta.department, departmentName(dy, "en")),
    unit: dy.unit.unit,
    resources: tables.map((table) => ({
      profile: "tabular-data-resource",
      name: tableSlug(table.spec),
      path: `${tableSlug(table.spec)}.csv`,
      title: resourceTitle(table.spec, "zh"),
      description: resourceTitle(table.spec, "en"),
      unit: table.unit.unit,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: { fields: table.columns.map((c) => schemaField(table, c)), missingValues: [""] },
    })),
  };
};
