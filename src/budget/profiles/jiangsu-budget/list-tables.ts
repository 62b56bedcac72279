/**
 * The sums inside Jiangsu's three list tables, whose rows the engine reads as plain lines: 表1's
 * three side-by-side lists, 表2's tree of income sources, 表12's purchases under their 经济科目,
 * 专项 and 大类. Each row says what it is by which of its columns are filled (see tables.ts).
 */
import { amountCheck, type Ctx } from "../../reconcile/checks";
import { cellOf } from "../../reconcile/cells";
import { bareName } from "../../reconcile/rows";
import type { CellRef } from "../../reconcile/types";
import type { BudgetRow, BudgetTable } from "../../model";
import { looseName } from "../../text-similarity";
import { RULES } from "./rules";

export const tableOf = (ctx: Ctx, id: string): BudgetTable | undefined =>
  (ctx.dy.tables as Record<string, BudgetTable | undefined>)[id];

/** The cells that exist, of some that may not (a line the table does not print). */
export const presentCells = (cells: readonly (CellRef | undefined)[]): CellRef[] =>
  cells.filter((c): c is CellRef => c !== undefined);

const textOf = (row: BudgetRow, key: string): string => (key === "name" ? row.name : (row.texts[key] ?? ""));

const ORDINAL = /^\s*[一二三四五六七八九十]+、/;
const SUB_LINE = /^\s*\d+\s*[.．、]/;

/** 表1's three lists: which text column names a line of each, and which column holds its amount. */
export const T01_LISTS = {
  income: { text: "incomeName", amount: "incomeAmount" },
  function: { text: "name", amount: "functionAmount" },
  purpose: { text: "purposeName", amount: "purposeAmount" },
} as const;

export type T01List = keyof typeof T01_LISTS;

/** A line of one of 表1's lists by its printed name (without its 一、 or 1. prefix). */
export const t01Line = (table: BudgetTable, list: T01List, names: readonly string[]): CellRef | undefined => {
  const { text, amount } = T01_LISTS[list];
  const wanted = new Set(names.map(looseName));
  const row = table.rows.find((r) => wanted.has(bareName(textOf(r, text))));
  return row ? cellOf(table, row, amount) : undefined;
};

const linesBefore = (table: BudgetTable, list: T01List, total: string) => {
  const { text } = T01_LISTS[list];
  const end = table.rows.findIndex((r) => looseName(textOf(r, text)) === looseName(total));
  return { end, rows: end < 0 ? [] : table.rows.slice(0, end).filter((r) => textOf(r, text) !== "") };
};

const table01 = (ctx: Ctx, table: BudgetTable): void => {
  const income = linesBefore(table, "income", "当年收入小计");
  const cell = (list: T01List, names: readonly string[]) => t01Line(table, list, names);
  const of = (list: T01List, rows: readonly BudgetRow[]) => rows.map((r) => cellOf(table, r, T01_LISTS[list].amount));
  const topIncome = income.rows.filter((r) => ORDINAL.test(textOf(r, "incomeName")));
  amountCheck(ctx, RULES.t01Income, {
    subject: cell("income", ["当年收入小计"]),
    parts: of("income", topIncome),
    row: "当年收入小计",
    about: { zh: "其上各项收入（不含分项）", en: "the income lines above it (sub-lines not counted twice)" },
    fallback: { file: table.file },
  });
  const carried = cell("income", ["上年结转资金", "上年结转和结余资金", "上年结转"]);
  amountCheck(ctx, RULES.t01Income, {
    subject: cell("income", ["收入合计", "收入总计"]),
    parts: [cell("income", ["当年收入小计"]), carried].filter((c): c is CellRef => c !== undefined),
    row: "收入合计",
    fallback: { file: table.file },
  });
  // "1.一般公共预算" and "2.政府性基金预算" are parts of the ordinal line above them.
  income.rows.forEach((row, i) => {
    if (!ORDINAL.test(textOf(row, "incomeName"))) return;
    const subs: BudgetRow[] = [];
    for (const next of income.rows.slice(i + 1)) {
      if (!SUB_LINE.test(textOf(next, "incomeName"))) break;
      subs.push(next);
    }
    if (subs.length === 0) return;
    amountCheck(ctx, RULES.t01Income, {
      subject: cellOf(table, row, "incomeAmount"),
      parts: of("income", subs),
      about: { zh: "其下各分项", en: "its sub-lines" },
    });
  });
  const classes = linesBefore(table, "function", "当年支出小计").rows.filter((r) => ORDINAL.test(r.name));
  const yearTotal = cell("function", ["当年支出小计"]);
  amountCheck(ctx, RULES.t01Expenditure, {
    subject: yearTotal,
    parts: of("function", classes),
    row: "当年支出小计",
    about: { zh: "功能分类各类", en: "the function classes" },
    fallback: { file: table.file },
  });
  const purposes = table.rows.filter((r) => textOf(r, "purposeName") !== "");
  amountCheck(ctx, RULES.t01Expenditure, {
    subject: yearTotal,
    parts: of("purpose", purposes),
    row: "当年支出小计",
    about: { zh: "支出用途各项", en: "the purposes" },
    fallback: { file: table.file },
  });
  const carriedOut = cell("function", ["结转下年资金", "结转下年"]);
  amountCheck(ctx, RULES.t01Expenditure, {
    subject: cell("function", ["支出合计", "支出总计"]),
    parts: presentCells([yearTotal, carriedOut]),
    row: "支出合计",
    fallback: { file: table.file },
  });
  amountCheck(ctx, RULES.t01Balance, {
    subject: cell("function", ["支出合计", "支出总计"]),
    parts: [cell("income", ["收入合计", "收入总计"])].filter((c): c is CellRef => c !== undefined),
    row: "支出合计",
    fallback: { file: table.file },
  });
};

const SUBTOTAL = "小计";
const OF_WHICH = /^其中[:：]/;

/** 表2's sources: consecutive rows of one 项目名称, the 小计 first. */
export const t02Sources = (table: BudgetTable): { name: string; subtotal?: BudgetRow; parts: BudgetRow[] }[] => {
  const sources: { name: string; subtotal?: BudgetRow; parts: BudgetRow[] }[] = [];
  for (const row of table.rows) {
    if (row.texts["part"] === undefined || row.texts["part"] === "") continue;
    let source = sources[sources.length - 1];
    if (!source || source.name !== row.name) sources.push((source = { name: row.name, parts: [] }));
    if (looseName(row.texts["part"]) === SUBTOTAL) source.subtotal = row;
    else source.parts.push(row);
  }
  return sources;
};

const table02 = (ctx: Ctx, table: BudgetTable): void => {
  const sources = t02Sources(table);
  for (const source of sources) {
    const counted = source.parts.filter((r) => !OF_WHICH.test(r.texts["part"] ?? ""));
    if (source.subtotal && counted.length > 0) {
      amountCheck(ctx, RULES.t02Sources, {
        subject: cellOf(table, source.subtotal, "amount"),
        parts: counted.map((r) => cellOf(table, r, "amount")),
        row: `${source.name} ${SUBTOTAL}`,
        about: { zh: "其下明细", en: "its parts" },
      });
    }
    for (const part of source.parts.filter((r) => OF_WHICH.test(r.texts["part"] ?? ""))) {
      if (!source.subtotal) continue;
      amountCheck(ctx, RULES.t02OfWhich, {
        subject: cellOf(table, source.subtotal, "amount"),
        parts: [cellOf(table, part, "amount")],
        row: `${source.name} ${SUBTOTAL}`,
        relation: "atLeast",
      });
    }
  }
  const total = table.rows.find((r) => looseName(r.name) === "收入总计");
  amountCheck(ctx, RULES.t02Sources, {
    subject: total ? cellOf(table, total, "amount") : undefined,
    parts: sources.flatMap((s) => (s.subtotal ? [cellOf(table, s.subtotal, "amount")] : [])),
    row: "收入总计",
    about: { zh: "各来源小计", en: "the sources' subtotals" },
    fallback: { file: table.file },
  });
};

type T12Kind = "total" | "category" | "economic" | "purchase";

/** What a line of 表12 is, by the columns it fills. */
export const t12Kind = (row: BudgetRow): T12Kind => {
  const filled = (key: string) => (row.texts[key] ?? "") !== "";
  if (filled("item") || filled("form")) return "purchase";
  if (filled("economic")) return "economic";
  return looseName(row.name) === "合计" ? "total" : "category";
};

/** The most specific name a line of 表12 prints: the purchase, else the 经济科目, else the 大类. */
const t12Label = (row: BudgetRow): string =>
  [row.texts["item"], row.texts["form"], row.texts["economic"], row.texts["project"]].find((t) => t) ?? row.name;

const table12 = (ctx: Ctx, table: BudgetTable): void => {
  const cell = (r: BudgetRow): CellRef => ({ ...cellOf(table, r, "amount"), row: t12Label(r) });
  const lines = table.rows.map((row) => ({ row, kind: t12Kind(row) }));
  const under = (i: number, stop: readonly T12Kind[], take: T12Kind) => {
    const parts: BudgetRow[] = [];
    for (const line of lines.slice(i + 1)) {
      if (stop.includes(line.kind)) break;
      if (line.kind === take) parts.push(line.row);
    }
    return parts;
  };
  lines.forEach(({ row, kind }, i) => {
    if (kind === "total") {
      const categories = lines.filter((l) => l.kind === "category").map((l) => cell(l.row));
      if (categories.length > 0) amountCheck(ctx, RULES.t12Sums, { subject: cell(row), parts: categories });
    } else if (kind === "category") {
      const parts = under(i, ["category", "total"], "economic");
      if (parts.length > 0) amountCheck(ctx, RULES.t12Sums, { subject: cell(row), parts: parts.map(cell) });
    } else if (kind === "economic") {
      const parts = under(i, ["category", "total", "economic"], "purchase");
      if (parts.length > 0) amountCheck(ctx, RULES.t12Sums, { subject: cell(row), parts: parts.map(cell) });
    }
  });
};

export const listTableChecks = {
  table01,
  table02,
  table12,
};
