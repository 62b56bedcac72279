/**
 * Cross-table rules as rows of data, in the manner of the DATA Act Broker's rule catalogue: a
 * rule, the printed figure it checks (a table, a row, a column) and the figures it must equal or
 * add up to. A profile lists such rows; this module performs them. Three shapes:
 *
 * - CellRow: one printed cell against one or more cells elsewhere (收入总计 = 表2 合计);
 * - CodeRow: every code of one table against the same code in others (表2 and 表3 by code);
 * - ClassLineRow: the class lines of a two-sided table, matched to a classified table's class
 *   rows through the line's printed name (“一、一般公共服务支出” → 201).
 *
 * A row the rule names that the table does not have is reported (the check has no subject); a
 * figure in another unit is compared exactly in the finer unit (see checks.ts).
 */
import { classByName } from "../classification";
import type { Bilingual } from "../i18n-text";
import type { BudgetRow, BudgetTable } from "../model";
import { looseName } from "../text-similarity";
import type { ReconciliationRule } from "./catalogue";
import { cellOf, rowLabel, sourceLabel } from "./cells";
import { amountCheck, textCheck, type Ctx } from "./checks";
import type { CellRef } from "./types";

type Side = "income" | "expenditure";

/** Which row of a table a cell is in. */
export type RowPick =
  /** The 合计 row. */
  | { total: true }
  /** 收入总计 or 支出总计. */
  | { grandTotal: Side }
  /** A line by its printed name, ignoring its "一、" or "1." prefix; any of the names given. */
  | { line: readonly string[]; side?: Side }
  /** The row of a function or economic code. */
  | { code: string }
  /** The one row of a record table. */
  | { record: true };

export interface CellPick {
  table: string;
  row: RowPick;
  column: string;
}

export interface CellRow {
  rule: ReconciliationRule;
  subject: CellPick;
  parts: readonly CellPick[];
  /** "atLeast": the subject must be no less than the parts (e.g. “三公” ≥ the part in basic expenditure). */
  relation?: "equal" | "atLeast";
  /** The sources the check spans, where they are not the rule's own (one rule over several table pairs). */
  tables?: readonly string[];
}

export interface CodeRow {
  rule: ReconciliationRule;
  subject: { table: string; column: string };
  parts: readonly { table: string; column: string }[];
  /** Also report codes the parts' tables have and the subject's table lacks. */
  bothWays: boolean;
}

export interface ClassLineRow {
  rule: ReconciliationRule;
  /** The two-sided table and side whose lines are function classes. */
  lines: { table: string; side: Side };
  /** Each comparison: the line's columns against the class row's columns of a classified table. */
  compare: readonly {
    line: readonly string[];
    table: string;
    columns: readonly string[];
    /** Which figure is the printed subject: the line (default) or the class row. */
    subject?: "line" | "class";
  }[];
  /** The rule that reports a line whose name is not a class name (or is a former one). */
  nameRule: ReconciliationRule;
}

const PREFIX = /^\s*(?:[一二三四五六七八九十百]+、|\d+\s*[.．、])\s*/;
export const bareName = (name: string): string => looseName(name.replace(PREFIX, ""));

const tableOf = (ctx: Ctx, id: string): BudgetTable | undefined =>
  (ctx.dy.tables as Record<string, BudgetTable | undefined>)[id];

export const findRow = (table: BudgetTable, pick: RowPick): BudgetRow | undefined => {
  if ("total" in pick) return table.rows.find((r) => r.role === "total");
  if ("grandTotal" in pick) return table.rows.find((r) => r.role === "grandTotal" && r.side === pick.grandTotal);
  if ("record" in pick) return table.rows[0];
  if ("code" in pick) return table.rows.find((r) => r.role === "item" && r.code === pick.code);
  const names = new Set(pick.line.map(looseName));
  return table.rows.find((r) => (pick.side === undefined || r.side === pick.side) && names.has(bareName(r.name)));
};

const pickLabel = (pick: RowPick): string => {
  if ("total" in pick) return "合计";
  if ("grandTotal" in pick) return pick.grandTotal === "income" ? "收入总计" : "支出总计";
  if ("record" in pick) return "";
  if ("code" in pick) return `[${pick.code}]`;
  return pick.line[0] ?? "";
};

export const cellOfPick = (ctx: Ctx, pick: CellPick): CellRef | undefined => {
  const table = tableOf(ctx, pick.table);
  const row = table ? findRow(table, pick.row) : undefined;
  return table && row ? cellOf(table, row, pick.column) : undefined;
};

const describe = (ctx: Ctx, picks: readonly { table: string }[]): Bilingual => {
  const labels = [...new Set(picks.map((p) => p.table))].map((id) => {
    const spec = ctx.dy.profile.tables.find((t) => t.id === id);
    return spec?.number !== undefined ? sourceLabel(`table${String(spec.number).padStart(2, "0")}`) : sourceLabel(id);
  });
  return { zh: labels.map((l) => l.zh).join("、"), en: labels.map((l) => l.en).join(", ") };
};

/** A row naming a column its table does not print here (an optional one) does not apply. */
const applies = (ctx: Ctx, picks: readonly CellPick[]): boolean =>
  picks.every((p) => {
    const table = tableOf(ctx, p.table);
    return !table || table.columns.some((c) => c.key === p.column);
  });

export const runCellRows = (ctx: Ctx, rows: readonly CellRow[]): void => {
  for (const row of rows) {
    if (!applies(ctx, [row.subject, ...row.parts])) continue;
    const subject = cellOfPick(ctx, row.subject);
    const parts = row.parts.map((p) => cellOfPick(ctx, p)).filter((c): c is CellRef => c !== undefined);
    const table = tableOf(ctx, row.subject.table);
    amountCheck(ctx, row.rule, {
      subject,
      parts,
      row: subject?.row ?? pickLabel(row.subject.row),
      about: describe(ctx, row.parts),
      ...(row.relation ? { relation: row.relation } : {}),
      ...(row.tables ? { tables: row.tables } : {}),
      ...(table ? { fallback: { file: table.file } } : {}),
    });
  }
};

export const runCodeRows = (ctx: Ctx, rows: readonly CodeRow[]): void => {
  for (const row of rows) {
    const subjectTable = tableOf(ctx, row.subject.table);
    const partTables = row.parts.map((p) => ({ pick: p, table: tableOf(ctx, p.table) }));
    if (!subjectTable) continue;
    const codes = new Set<string>();
    const about = describe(ctx, row.parts);
    for (const r of subjectTable.rows) {
      if (r.role !== "item" || r.code === undefined) continue;
      codes.add(r.code);
      const parts = partTables.flatMap(({ pick, table }) => {
        const match = table?.rows.find((p) => p.role === "item" && p.code === r.code);
        return table && match ? [cellOf(table, match, pick.column)] : [];
      });
      amountCheck(ctx, row.rule, { subject: cellOf(subjectTable, r, row.subject.column), parts, about });
    }
    if (!row.bothWays) continue;
    for (const { pick, table } of partTables) {
      for (const r of table?.rows ?? []) {
        if (r.role !== "item" || r.code === undefined || codes.has(r.code) || !table) continue;
        codes.add(r.code);
        amountCheck(ctx, row.rule, {
          subject: undefined,
          parts: [cellOf(table, r, pick.column)],
          row: rowLabel(r),
          tables: [row.subject.table, pick.table],
          fallback: { file: subjectTable.file },
        });
      }
    }
  }
};

/** The class lines of a two-sided table, with the class each names (by current or former name). */
const classLines = (lineTable: BudgetTable, side: Side) => {
  const classOfLine = new Map<BudgetRow, { code: string; current: string; formerName?: true }>();
  for (const line of lineTable.rows.filter((r) => r.side === side && r.role === "item" && r.depth === 1)) {
    const found = classByName(bareName(line.name));
    // Lines that are no class (对附属单位补助支出 …) are not this rule's business.
    if (found) classOfLine.set(line, found);
  }
  return classOfLine;
};

/** Each class line's printed name against the current name of its class: needs the line's table only. */
export const runClassNameRows = (ctx: Ctx, rows: readonly ClassLineRow[]): void => {
  for (const row of rows) {
    const lineTable = tableOf(ctx, row.lines.table);
    if (!lineTable) continue;
    for (const [line, found] of classLines(lineTable, row.lines.side)) {
      if (!found.formerName) continue;
      textCheck(ctx, row.nameRule, {
        file: lineTable.file,
        line: line.line,
        column: lineTable.columns.find((c) => c.key === "name")?.header ?? "项目",
        row: line.name,
        found: bareName(line.name),
        expected: found.current,
        ok: false,
        about: {
          zh: `功能分类 ${found.code} 类的现行名称`,
          en: `the current name of functional class ${found.code}`,
        },
      });
    }
  }
};

export const runClassLineRows = (ctx: Ctx, rows: readonly ClassLineRow[]): void => {
  for (const row of rows) {
    const lineTable = tableOf(ctx, row.lines.table);
    if (!lineTable) continue;
    const present = new Set(lineTable.columns.map((c) => c.key));
    const classOfLine = new Map([...classLines(lineTable, row.lines.side)].map(([line, found]) => [line, found.code]));
    for (const compare of row.compare) {
      if (!compare.line.every((k) => present.has(k))) continue;
      const classes = tableOf(ctx, compare.table);
      if (!classes) continue;
      const covered = new Set<string>();
      for (const [line, code] of classOfLine) {
        covered.add(code);
        const classRow = classes.rows.find((r) => r.role === "item" && r.code === code);
        const lineCells = compare.line.map((k) => cellOf(lineTable, line, k));
        const classCells = classRow ? compare.columns.map((k) => cellOf(classes, classRow, k)) : [];
        if (compare.subject === "class") {
          if (!classRow) {
            if (lineCells.some((c) => c.value !== 0)) {
              amountCheck(ctx, row.rule, {
                subject: undefined,
                parts: lineCells,
                row: `[${code}]`,
                fallback: { file: classes.file },
              });
            }
            continue;
          }
          for (const subject of classCells)
            amountCheck(ctx, row.rule, { subject, parts: lineCells, about: describe(ctx, [row.lines]) });
        } else {
          for (const subject of lineCells) {
            amountCheck(ctx, row.rule, {
              subject,
              parts: classCells,
              about: { ...describe(ctx, [compare]), zh: `${describe(ctx, [compare]).zh}该类` },
            });
          }
        }
      }
      // A class the classified table prints with figures but the two-sided table has no line for.
      for (const r of classes.rows) {
        if (r.role !== "item" || r.code?.length !== 3 || covered.has(r.code)) continue;
        const cells = compare.columns.map((k) => cellOf(classes, r, k));
        if (cells.every((c) => c.value === 0)) continue;
        amountCheck(ctx, row.rule, {
          subject: undefined,
          parts: cells,
          row: rowLabel(r),
          tables: [row.lines.table, compare.table],
          fallback: { file: lineTable.file },
        });
      }
    }
  }
};
