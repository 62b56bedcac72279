/**
 * From raw CSV rows to a typed budget table: header check, row schema (zod, from the
 * registry), then the structure each row model requires. Every problem becomes a finding;
 * a row with an error is still kept out of the typed table but never silently dropped.
 */
import type { z } from "zod";
import { lookupCode, codeDepth, isFormerName, type Classification } from "./classification";
import type { RawCsv, RawRow } from "./csv-file";
import { finding, RULES, type Where } from "./data-rules";
import type { Finding } from "./findings";
import { bi, type Bilingual } from "./i18n-text";
import type { BudgetRow, BudgetTable, RowRole } from "./model";
import { scaleOf, type AmountUnit, type Cents } from "./money";
import type { ColumnSpec, SideTotals, TableSpec } from "./profiles/types";
import { rowSchema, type IssueParams, type Side, type UnitRowKind } from "./table-schema";
import { closest, looseName } from "./text-similarity";

type ParsedRow = Record<string, unknown>;

/** Where a parsed row carries the printed values of the cells errata corrected. */
const CORRECTED = "__corrected";

const DEFAULT_SIDES: Record<Side, SideTotals> = {
  income: { grandTotal: "收入总计" },
  expenditure: { grandTotal: "支出总计" },
};
/** A side's name in each language; the Chinese is the word the table's 收支 column holds. */
const SIDE_NAME: Record<Side, Bilingual> = { income: bi("收入", "income"), expenditure: bi("支出", "expenditure") };

const TOTAL_NAME = "合计";
const ORDINAL = /^[一二三四五六七八九十百]+、/;
/** "1. 一般公共预算资金", "1、一般公共预算资金", "2．政府性基金": a sub-line of the ordinal line above. */
const SUB_LINE = /^\s*\d+\s*[.．、]/;
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
    if (!positions.has(column) && !suggested.has(column.header) && column.optional !== true) {
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
  const blanks: string[] = [];
  for (const column of spec.columns) {
    if (!(column.key in parsed)) continue;
    const value = parsed[column.key];
    if (column.type === "money") {
      if (value === null) blanks.push(column.key);
      amounts[column.key] = (value ?? 0) as Cents;
    } else if (column.type === "text" && column.key !== "name" && typeof value === "string") texts[column.key] = value;
  }
  const misprints = parsed[CORRECTED] as Record<string, string> | undefined;
  return { amounts, texts, ...(blanks.length > 0 ? { blanks } : {}), ...(misprints ? { misprints } : {}) };
};

interface Built {
  rows: BudgetRow[];
  findings: Finding[];
}

/**
 * A row that passed its schema; `index` is its position among all data rows, kept or not;
 * `record` its cells as printed, by column key.
 */
type Entry = { raw: RawRow; parsed: ParsedRow; index: number; record: Record<string, string> };

const classificationOf = (spec: TableSpec): Classification =>
  spec.columns.some((c) => c.type === "economicCode" || c.type === "economicCodePart") ? "economic" : "function";

/** Check a code against the classification: unknown codes warn, a disagreeing name is an error. */
const checkCodeName = (kind: Classification, code: string, name: string, where: Where): Finding[] => {
  const entry = lookupCode(kind, code);
  if (!entry) return [finding(RULES.codeUnknown, { ...where, column: "科目编码", value: code })];
  if (looseName(entry.zh) !== looseName(name) && !isFormerName(kind, code, looseName(name))) {
    // A name we only recall (not yet seen in print) may be the one that is wrong: warn, don't block.
    const rule = entry.confidence === "recalled" ? RULES.codeNameDiffersFromRecalled : RULES.codeNameMismatch;
    return [finding(rule, { ...where, value: name }, { code, expected: entry.zh })];
  }
  return [];
};

/** Where the 合计 row belongs, among `count` data rows. */
const totalIndex = (spec: TableSpec, count: number): number => (spec.totalRow === "last" ? count - 1 : 0);

const buildClassified = (spec: TableSpec, entries: Entry[], file: string, count: number): Built => {
  const kind = classificationOf(spec);
  const position = spec.totalRow ?? "first";
  const expectedAt = totalIndex(spec, count);
  const findings: Finding[] = [];
  const rows: BudgetRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  const hasTotal = entries.some((e) => e.parsed["code"] === undefined && e.parsed["name"] === TOTAL_NAME);
  // A 合计 row lost to a cell error is already reported: don't add "the 合计 row is missing".
  const totalLost = !hasTotal && !entries.some((e) => e.index === expectedAt);
  entries.forEach(({ raw, parsed, index }) => {
    const code = parsed["code"] as string | undefined;
    const name = parsed["name"] as string;
    const where: Where = { file, line: raw.line, column: "科目名称", value: name };
    const split = splitRow(spec, parsed);
    if (code === undefined && name === TOTAL_NAME) {
      if (index !== expectedAt) findings.push(finding(RULES.totalRowMisplaced, where, { position }));
      rows.push({ line: raw.line, role: "total", name, depth: 0, ...split });
      return;
    }
    if (index === expectedAt && !hasTotal && !totalLost) {
      findings.push(finding(RULES.totalRowMissing, { file, line: raw.line }, { position }));
    }
    if (code === undefined) {
      findings.push(finding(RULES.codeRequired, { file, line: raw.line, column: codeHeader(spec), value: "" }));
      return;
    }
    const firstLine = firstLineOfCode.get(code);
    if (firstLine !== undefined) {
      findings.push(finding(RULES.codeDuplicate, { ...where, column: codeHeader(spec), value: code }, { firstLine }));
      return;
    }
    firstLineOfCode.set(code, raw.line);
    findings.push(...checkCodeName(kind, code, name, where));
    rows.push({ line: raw.line, role: "item", name, code, depth: codeDepth(code), ...split });
  });
  return { rows, findings };
};

/** The header findings about a code name: the code column, or the 类 column where the code is printed in parts. */
const codeHeader = (spec: TableSpec): string =>
  spec.columns.find((c) => c.type.endsWith("CodePart") || c.type.endsWith("Code"))?.header ?? "科目编码";

const buildTwoSided = (spec: TableSpec, entries: Entry[], file: string): Built => {
  const findings: Finding[] = [];
  const sides = spec.sides ?? DEFAULT_SIDES;
  const lastOrdinal: Partial<Record<Side, number>> = {};
  const rows: BudgetRow[] = entries.map(({ raw, parsed, record }) => {
    const side = parsed["side"] as Side;
    const name = parsed["name"] as string;
    const code = parsed["code"] as string | undefined;
    const totals = sides[side];
    const role: RowRole = name === totals.yearTotal ? "yearTotal" : name === totals.grandTotal ? "grandTotal" : "item";
    if (code !== undefined) {
      const where: Where = { file, line: raw.line, column: "项目", value: name };
      findings.push(...checkCodeName("function", code, name.replace(ORDINAL, ""), where));
    }
    // A column of the other side holds nothing on this line: a figure there would be read by no check.
    // The finding quotes the cell as printed ("5.10"), not the parsed count of its smallest unit (510).
    for (const column of spec.columns) {
      const value = parsed[column.key];
      if (column.side === undefined || column.side === side || value === null || value === undefined) continue;
      findings.push(
        finding(
          RULES.otherSideAmount,
          { file, line: raw.line, column: column.header, value: record[column.key] ?? String(value) },
          { side: SIDE_NAME[column.side], lineSide: SIDE_NAME[side] },
        ),
      );
    }
    const subLine = role === "item" && SUB_LINE.test(name) ? lastOrdinal[side] : undefined;
    if (role === "item" && subLine === undefined) lastOrdinal[side] = raw.line;
    if (role !== "item") delete lastOrdinal[side];
    return {
      line: raw.line,
      role,
      name,
      ...(code !== undefined ? { code } : {}),
      depth: role === "item" ? (subLine !== undefined ? 2 : 1) : 0,
      side,
      ...(subLine !== undefined ? { parentLine: subLine } : {}),
      ...splitRow(spec, parsed),
    };
  });
  for (const side of ["income", "expenditure"] as const) {
    const { yearTotal, grandTotal } = sides[side];
    for (const label of [yearTotal, grandTotal]) {
      if (label !== undefined && !rows.some((r) => r.side === side && r.name === label)) {
        findings.push(finding(RULES.sideTotalsMissing, { file }, { side: SIDE_NAME[side].zh, label }));
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
    rows.push({
      line: raw.line,
      role: "item",
      name,
      item: item.key,
      depth: depthOf(item.key),
      ...splitRow(spec, parsed),
    });
  }
  for (const item of items) {
    if (!seen.has(item.key)) findings.push(finding(RULES.fixedItemMissing, { file }, { item: item.label.zh }));
  }
  return { rows, findings };
};

const buildUnitGrouped = (spec: TableSpec, entries: Entry[], file: string, count: number): Built => {
  const findings: Finding[] = [];
  const rows: BudgetRow[] = [];
  const position = spec.totalRow ?? "first";
  const expectedAt = totalIndex(spec, count);
  const hasTotal = entries.some((e) => e.parsed["kind"] === "total");
  const totalLost = !hasTotal && !entries.some((e) => e.index === expectedAt);
  let unit: string | undefined;
  entries.forEach(({ raw, parsed, index }) => {
    const kind = parsed["kind"] as UnitRowKind;
    const name = parsed["name"] as string;
    const where: Where = { file, line: raw.line, column: "行类型", value: name };
    const split = splitRow(spec, parsed);
    if (kind === "total") {
      if (index !== expectedAt) findings.push(finding(RULES.totalRowMisplaced, where, { position }));
      rows.push({ line: raw.line, role: "total", name, depth: 0, ...split });
      return;
    }
    if (index === expectedAt && !hasTotal && !totalLost) {
      findings.push(finding(RULES.totalRowMissing, { file, line: raw.line }, { position }));
    }
    if (kind === "unit") {
      unit = name;
      rows.push({ line: raw.line, role: "unit", name, unit, depth: 1, ...split });
      return;
    }
    if (unit === undefined) {
      findings.push(finding(RULES.detailBeforeUnit, where));
      return;
    }
    rows.push({ line: raw.line, role: "detail", name, unit, depth: 2, ...split });
  });
  return { rows, findings };
};

/** One row of named figures: the whole table is its one data row. */
const buildRecord = (spec: TableSpec, entries: Entry[], file: string, count: number): Built => {
  const findings: Finding[] = [];
  if (count > 1) {
    const extra = entries[1];
    findings.push(finding(RULES.recordRows, { file, ...(extra ? { line: extra.raw.line } : {}) }, { count }));
  }
  // The row has no printed name: its figures are named by the column headings alone.
  const rows: BudgetRow[] = entries.slice(0, 1).map(({ raw, parsed }) => ({
    line: raw.line,
    role: "item",
    name: "",
    depth: 0,
    ...splitRow(spec, parsed),
  }));
  return { rows, findings };
};

const BUILDERS: Record<TableSpec["model"], (spec: TableSpec, entries: Entry[], file: string, count: number) => Built> =
  {
    functional: buildClassified,
    economic: buildClassified,
    twoSided: buildTwoSided,
    fixedItems: buildFixedItems,
    record: buildRecord,
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

/** Join the printed 类/款/项 cells into one code; a 项 without its 款 is malformed. */
const joinCodeParts = (spec: TableSpec, parsed: ParsedRow): { code?: string; gap?: ColumnSpec } => {
  const parts = spec.columns.filter((c) => c.type.endsWith("CodePart")).sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
  let code = "";
  let ended: ColumnSpec | undefined;
  for (const column of parts) {
    const value = parsed[column.key] as string | undefined;
    if (value === undefined) {
      ended ??= column;
      continue;
    }
    if (ended) return { gap: ended };
    code += value;
  }
  return code === "" ? {} : { code };
};

/** A misprinted cell the errata acknowledge, with the value the document meant. */
export interface Correction {
  printed: string;
  correct: string;
}

/** Corrections of one table, keyed by "line|column header". */
export type Corrections = ReadonlyMap<string, Correction>;

const headerOfKey = (spec: TableSpec, key: string): string => spec.columns.find((c) => c.key === key)?.header ?? key;

/** The cells of a row the errata correct: the corrected values and the printed ones, by key. */
const correctionsFor = (
  spec: TableSpec,
  line: number,
  record: Record<string, string>,
  corrections: Corrections,
): { values: Record<string, string>; printed: Record<string, string> } | undefined => {
  const values: Record<string, string> = {};
  const printed: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    const c = corrections.get(`${line}|${headerOfKey(spec, key)}`);
    if (c && c.printed === value) {
      values[key] = c.correct;
      printed[key] = value;
    }
  }
  return Object.keys(values).length > 0 ? { values, printed } : undefined;
};

/** Load one table from its raw CSV. `table` is undefined only when the file is unusable. */
export const loadTable = (
  spec: TableSpec,
  csvRead: RawCsv,
  file: string,
  unit: AmountUnit,
  corrections: Corrections = new Map(),
): { table?: BudgetTable; findings: Finding[]; dropped: number } => {
  let csv = csvRead;
  const findings = [...csv.findings];
  let dropped = 0;
  const headerRow = csv.header;
  if (!headerRow) return { findings, dropped };
  const header = checkHeader(spec, headerRow, file);
  findings.push(...header.findings);
  if (header.findings.some((f) => f.severity === "error")) return { findings, dropped };

  const columns = spec.columns.filter((c) => header.positions.has(c));
  // A one-row table printed without a single figure: the CSV reader skips its line of bare commas.
  if (csv.rows.length === 0 && spec.model === "record") {
    csv = { ...csv, rows: [{ line: headerRow.line + 1, cells: headerRow.cells.map(() => "") }] };
  }
  if (csv.rows.length === 0) {
    // A list with nothing to list this year (no key projects) is a header alone; tables keep a 合计 row.
    if (spec.model === "list" && spec.mayBeEmpty) {
      return { table: { spec, file, unit, scale: scaleOf(unit), columns, rows: [] }, findings, dropped };
    }
    findings.push(finding(RULES.noRows, { file, line: headerRow.line }));
    return { findings, dropped };
  }
  const schema = rowSchema(spec, unit, columns);
  const hasCodeParts = columns.some((c) => c.type.endsWith("CodePart"));
  const width = headerRow.cells.length;
  const entries: Entry[] = [];
  csv.rows.forEach((raw, index) => {
    // Cells past the header that are empty are Excel's leftovers, not data.
    const extra = raw.cells.slice(width).some((c) => c !== "");
    if (raw.cells.length < width || extra) {
      findings.push(finding(RULES.cellCount, { file, line: raw.line }, { found: raw.cells.length, expected: width }));
      dropped++;
      return;
    }
    const record: Record<string, string> = {};
    for (const [column, position] of header.positions) record[column.key] = raw.cells[position] ?? "";
    findings.push(...textWarnings(spec, raw, record, file));
    let result = schema.safeParse(record);
    let corrected: Record<string, string> | undefined;
    if (!result.success) {
      findings.push(...result.error.issues.map((issue) => issueFinding(spec, issue, raw, record, file)));
      // An acknowledged misprint (errata.yaml) is checked with the value the document meant.
      const fix = correctionsFor(spec, raw.line, record, corrections);
      if (!fix) {
        dropped++;
        return;
      }
      result = schema.safeParse({ ...record, ...fix.values });
      if (!result.success) {
        dropped++;
        return;
      }
      corrected = fix.printed;
    }
    const parsed = result.data as ParsedRow;
    if (corrected) parsed[CORRECTED] = corrected;
    if (hasCodeParts) {
      const { code, gap } = joinCodeParts(spec, parsed);
      if (gap) {
        findings.push(finding(RULES.codePartGap, { file, line: raw.line, column: gap.header, value: "" }));
        dropped++;
        return;
      }
      if (code !== undefined) parsed["code"] = code;
    }
    entries.push({ raw, parsed, index, record });
  });
  const built = BUILDERS[spec.model](spec, entries, file, csv.rows.length);
  findings.push(...built.findings);
  return { table: { spec, file, unit, scale: scaleOf(unit), columns, rows: built.rows }, findings, dropped };
};
