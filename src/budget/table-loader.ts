/**
 * From raw CSV rows to a typed budget table: header check, row schema (zod, from the
 * registry), then the structure each row model requires. Every problem becomes a finding;
 * a row with an error is still kept out of the typed table but never silently dropped.
 */
import type { z } from "zod";
import { lookupCode, codeDepth, type Classification } from "./classification";
import type { RawCsv, RawRow } from "./csv-file";
import { finding, RULES, type Where } from "./data-rules";
import type { Finding } from "./findings";
import type { Cents } from "./money";
import type { ColumnSpec, TableSpec } from "./registry/tables";
import { rowSchema, type IssueParams, type Side, type UnitRowKind } from "./table-schema";
import { closest, looseName } from "./text-similarity";

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
  amounts: Readonly<Record<string, Cents>>;
  /** Text columns other than name and code (e.g. 绩效目标). */
  texts: Readonly<Record<string, string>>;
}

export interface BudgetTable {
  spec: TableSpec;
  /** Path relative to the data root. */
  file: string;
  rows: BudgetRow[];
}

type ParsedRow = Record<string, unknown>;

const TWO_SIDED_TOTALS: Record<Side, { yearTotal: string; grandTotal: string }> = {
  income: { yearTotal: "本年收入合计", grandTotal: "收入总计" },
  expenditure: { yearTotal: "本年支出合计", grandTotal: "支出总计" },
};
const SIDE_WORD: Record<Side, string> = { income: "收入", expenditure: "支出" };

const TOTAL_NAME = "合计";
const ORDINAL = /^[一二三四五六七八九十百]+、/;
const MARKUP = /<\s*\/?\s*[a-zA-Z][^>]*>/;

/** Map header cells to column specs; report missing, unknown and duplicated columns. */
const checkHeader = (
  spec: TableSpec,
  header: RawRow,
  file: string,
): { positions: Map<ColumnSpec, number>; findings: Finding[] } => {
  const findings: Finding[] = [];
  const positions = new Map<ColumnSpec, number>();
  const byHeader = new Map(spec.columns.map((c) => [c.header, c]));
  const seen = new Set<string>();
  // A misspelled header is one mistake: its "unknown" finding already names the intended column.
  const suggested = new Set<string>();
  header.cells.forEach((cell, index) => {
    const where: Where = { file, line: header.line, column: cell, value: cell };
    if (cell === "") return; // trailing empty header cells from Excel are harmless
    if (seen.has(cell)) {
      findings.push(finding(RULES.duplicateColumn, where));
      return;
    }
    seen.add(cell);
    const column = byHeader.get(cell);
    if (column) positions.set(column, index);
    else {
      const unused = spec.columns.filter((c) => !header.cells.includes(c.header)).map((c) => c.header);
      const suggestion = closest(cell, unused);
      if (suggestion) suggested.add(suggestion);
      findings.push(finding(RULES.unknownColumn, where, suggestion ? { suggestion } : {}));
    }
  });
  for (const column of spec.columns) {
    if (!positions.has(column) && !suggested.has(column.header)) {
      findings.push(finding(RULES.missingColumn, { file, line: header.line, column: column.header }));
    }
  }
  return { positions, findings };
};

const issueFinding = (
  spec: TableSpec,
  issue: z.core.$ZodIssue,
  row: RawRow,
  record: Record<string, string>,
  file: string,
): Finding => {
  const key = String(issue.path[0]);
  const column = spec.columns.find((c) => c.key === key);
  const header = column?.header ?? key;
  const where: Where = { file, line: row.line, column: header, value: record[key] ?? "" };
  const { rule, params } = (issue as { params?: IssueParams }).params ?? { rule: "textRequired" as const };
  const ruleDef = RULES[rule] as Parameters<typeof finding>[0];
  return finding(ruleDef, where, params ?? {});
};

/** Warnings for text that is kept as is but probably not what staff meant. */
const textWarnings = (spec: TableSpec, row: RawRow, record: Record<string, string>, file: string): Finding[] =>
  spec.columns.flatMap((column) => {
    const value = record[column.key] ?? "";
    if (column.type !== "text" || value === "") return [];
    const where: Where = { file, line: row.line, column: column.header, value };
    const found: Finding[] = [];
    if (column.maxLength !== undefined && [...value].length > column.maxLength) {
      found.push(finding(RULES.textTooLong, where, { max: column.maxLength, length: [...value].length }));
    }
    if (MARKUP.test(value)) found.push(finding(RULES.textMarkup, where));
    return found;
  });

const splitRow = (spec: TableSpec, parsed: ParsedRow) => {
  const amounts: Record<string, Cents> = {};
  const texts: Record<string, string> = {};
  for (const column of spec.columns) {
    const value = parsed[column.key];
    if (column.type === "money") amounts[column.key] = value as Cents;
    else if (column.type === "text" && column.key !== "name" && typeof value === "string") texts[column.key] = value;
  }
  return { amounts, texts };
};

interface Built {
  rows: BudgetRow[];
  findings: Finding[];
}

type Entry = { raw: RawRow; parsed: ParsedRow };

const classificationOf = (spec: TableSpec): Classification =>
  spec.columns.some((c) => c.type === "economicCode") ? "economic" : "function";

/** Check a code against the classification: unknown codes warn, a disagreeing name is an error. */
const checkCodeName = (kind: Classification, code: string, name: string, where: Where): Finding[] => {
  const entry = lookupCode(kind, code);
  if (!entry) return [finding(RULES.codeUnknown, { ...where, column: "科目编码", value: code })];
  if (looseName(entry.zh) !== looseName(name)) {
    // A name we only recall (not yet seen in print) may be the one that is wrong: warn, don't block.
    const rule = entry.confidence === "recalled" ? RULES.codeNameDiffersFromRecalled : RULES.codeNameMismatch;
    return [finding(rule, { ...where, value: name }, { code, expected: entry.zh })];
  }
  return [];
};

const buildClassified = (spec: TableSpec, entries: Entry[], file: string): Built => {
  const kind = classificationOf(spec);
  const findings: Finding[] = [];
  const rows: BudgetRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  entries.forEach(({ raw, parsed }, index) => {
    const code = parsed["code"] as string | undefined;
    const name = parsed["name"] as string;
    const where: Where = { file, line: raw.line, column: "科目名称", value: name };
    const { amounts, texts } = splitRow(spec, parsed);
    if (code === undefined && name === TOTAL_NAME) {
      if (index !== 0) findings.push(finding(RULES.totalRowMisplaced, where));
      rows.push({ line: raw.line, role: "total", name, depth: 0, amounts, texts });
      return;
    }
    if (index === 0) findings.push(finding(RULES.totalRowMissing, { file, line: raw.line }));
    if (code === undefined) {
      findings.push(finding(RULES.codeRequired, { file, line: raw.line, column: "科目编码", value: "" }));
      return;
    }
    const firstLine = firstLineOfCode.get(code);
    if (firstLine !== undefined) {
      findings.push(finding(RULES.codeDuplicate, { ...where, column: "科目编码", value: code }, { firstLine }));
      return;
    }
    firstLineOfCode.set(code, raw.line);
    findings.push(...checkCodeName(kind, code, name, where));
    rows.push({ line: raw.line, role: "item", name, code, depth: codeDepth(code), amounts, texts });
  });
  return { rows, findings };
};

const buildTwoSided = (spec: TableSpec, entries: Entry[], file: string): Built => {
  const findings: Finding[] = [];
  const rows: BudgetRow[] = entries.map(({ raw, parsed }) => {
    const side = parsed["side"] as Side;
    const name = parsed["name"] as string;
    const code = parsed["code"] as string | undefined;
    const totals = TWO_SIDED_TOTALS[side];
    const role: RowRole = name === totals.yearTotal ? "yearTotal" : name === totals.grandTotal ? "grandTotal" : "item";
    if (code !== undefined) {
      const where: Where = { file, line: raw.line, column: "项目", value: name };
      findings.push(...checkCodeName("function", code, name.replace(ORDINAL, ""), where));
    }
    const { amounts, texts } = splitRow(spec, parsed);
    return {
      line: raw.line,
      role,
      name,
      ...(code !== undefined ? { code } : {}),
      depth: role === "item" ? 1 : 0,
      side,
      amounts,
      texts,
    };
  });
  for (const side of ["income", "expenditure"] as const) {
    for (const label of Object.values(TWO_SIDED_TOTALS[side])) {
      if (!rows.some((r) => r.side === side && r.name === label)) {
        findings.push(finding(RULES.sideTotalsMissing, { file }, { side: SIDE_WORD[side], label }));
      }
    }
  }
  return { rows, findings };
};

const buildFixedItems = (spec: TableSpec, entries: Entry[], file: string): Built => {
  const items = spec.items ?? [];
  const findings: Finding[] = [];
  const rows: BudgetRow[] = [];
  const seen = new Set<string>();
  const allowed = items.map((i) => `“${i.label.zh}”`).join("、");
  const depthOf = (key: string | undefined): number => {
    const item = items.find((i) => i.key === key);
    return item ? 1 + depthOf(item.parent) : 0;
  };
  for (const { raw, parsed } of entries) {
    const name = parsed["name"] as string;
    const where: Where = { file, line: raw.line, column: "项目", value: name };
    const item = items.find((i) => looseName(i.label.zh) === looseName(name));
    if (!item) {
      findings.push(finding(RULES.fixedItemUnknown, where, { allowed }));
      continue;
    }
    if (seen.has(item.key)) {
      findings.push(finding(RULES.fixedItemDuplicate, where));
      continue;
    }
    seen.add(item.key);
    const { amounts, texts } = splitRow(spec, parsed);
    rows.push({ line: raw.line, role: "item", name, item: item.key, depth: depthOf(item.key), amounts, texts });
  }
  for (const item of items) {
    if (!seen.has(item.key)) findings.push(finding(RULES.fixedItemMissing, { file }, { item: item.label.zh }));
  }
  return { rows, findings };
};

const buildUnitGrouped = (spec: TableSpec, entries: Entry[], file: string): Built => {
  const findings: Finding[] = [];
  const rows: BudgetRow[] = [];
  let unit: string | undefined;
  entries.forEach(({ raw, parsed }, index) => {
    const kind = parsed["kind"] as UnitRowKind;
    const name = parsed["name"] as string;
    const where: Where = { file, line: raw.line, column: "行类型", value: name };
    const { amounts, texts } = splitRow(spec, parsed);
    if (kind === "total") {
      if (index !== 0) findings.push(finding(RULES.totalRowMisplaced, where));
      rows.push({ line: raw.line, role: "total", name, depth: 0, amounts, texts });
      return;
    }
    if (index === 0) findings.push(finding(RULES.totalRowMissing, { file, line: raw.line }));
    if (kind === "unit") {
      unit = name;
      rows.push({ line: raw.line, role: "unit", name, unit, depth: 1, amounts, texts });
      return;
    }
    if (unit === undefined) {
      findings.push(finding(RULES.detailBeforeUnit, where));
      return;
    }
    rows.push({ line: raw.line, role: "detail", name, unit, depth: 2, amounts, texts });
  });
  return { rows, findings };
};

const BUILDERS: Record<TableSpec["model"], (spec: TableSpec, entries: Entry[], file: string) => Built> = {
  functional: buildClassified,
  economic: buildClassified,
  twoSided: buildTwoSided,
  fixedItems: buildFixedItems,
  unitGrouped: buildUnitGrouped,
  list: (spec, entries) => ({
    rows: entries.map(({ raw, parsed }) => ({
      line: raw.line,
      role: "item",
      name: parsed["name"] as string,
      depth: 1,
      ...splitRow(spec, parsed),
    })),
    findings: [],
  }),
};

/** Load one table from its raw CSV. `table` is undefined only when the file is unusable. */
export const loadTable = (spec: TableSpec, csv: RawCsv, file: string): { table?: BudgetTable; findings: Finding[] } => {
  const findings = [...csv.findings];
  if (!csv.header) return { findings };
  const header = checkHeader(spec, csv.header, file);
  findings.push(...header.findings);
  if (header.findings.some((f) => f.severity === "error")) return { findings };

  if (csv.rows.length === 0) {
    findings.push(finding(RULES.noRows, { file, line: csv.header.line }));
    return { findings };
  }
  const schema = rowSchema(spec);
  const width = csv.header.cells.length;
  const entries: Entry[] = [];
  for (const raw of csv.rows) {
    // Cells past the header that are empty are Excel's leftovers, not data.
    const extra = raw.cells.slice(width).some((c) => c !== "");
    if (raw.cells.length < width || extra) {
      findings.push(finding(RULES.cellCount, { file, line: raw.line }, { found: raw.cells.length, expected: width }));
      continue;
    }
    const record: Record<string, string> = {};
    for (const [column, position] of header.positions) record[column.key] = raw.cells[position] ?? "";
    findings.push(...textWarnings(spec, raw, record, file));
    const result = schema.safeParse(record);
    if (!result.success) {
      findings.push(...result.error.issues.map((issue) => issueFinding(spec, issue, raw, record, file)));
      continue;
    }
    entries.push({ raw, parsed: result.data as ParsedRow });
  }
  const built = BUILDERS[spec.model](spec, entries, file);
  findings.push(...built.findings);
  return { table: { spec, file, rows: built.rows }, findings };
};
