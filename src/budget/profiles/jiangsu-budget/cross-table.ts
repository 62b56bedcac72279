/**
 * The Jiangsu cross-table rules: rows of "this printed cell equals those" where the engine's row
 * picks reach the cells (表3–表11), and the comparisons that need 表1's or 表2's own lines.
 */
import { lookupCode } from "../../classification";
import { cellOf } from "../../reconcile/cells";
import { amountCheck, type Ctx } from "../../reconcile/checks";
import type { CellPick, CellRow, CodeRow } from "../../reconcile/rows";
import { bareName, cellOfPick } from "../../reconcile/rows";
import type { CellRef } from "../../reconcile/types";
import { looseName } from "../../text-similarity";
import { presentCells, t01Line, t02Sources, tableOf, type T01List } from "./list-tables";
import { RULES } from "./rules";

const total = (table: string, column = "amount"): CellPick => ({ table, row: { total: true }, column });
const t03 = (column: string): CellPick => ({ table: "table03", row: { record: true }, column });
const t04 = (names: readonly string[], side: "income" | "expenditure"): CellPick => ({
  table: "table04",
  row: { line: names, side },
  column: "amount",
});
const t04Grand = (side: "income" | "expenditure"): CellPick => ({
  table: "table04",
  row: { grandTotal: side },
  column: "amount",
});
const t09 = (column: string): CellPick => ({ table: "table09", row: { record: true }, column });
const t08Code = (code: string): CellPick => ({ table: "table08", row: { code }, column: "amount" });

export const GENERAL_BUDGET = ["一般公共预算", "一般公共预算资金"];
export const GOV_FUND = ["政府性基金预算", "政府性基金"];

export const CELL_ROWS: readonly CellRow[] = [
  { rule: RULES.t04Tables, subject: t04Grand("expenditure"), parts: [total("table05")] },
  { rule: RULES.t04Tables, subject: t04(["基本支出"], "expenditure"), parts: [total("table06")] },
  { rule: RULES.t04Tables, subject: t04(GENERAL_BUDGET, "income"), parts: [total("table07")] },
  { rule: RULES.t04Tables, subject: t04(GOV_FUND, "income"), parts: [total("table10")] },
  { rule: RULES.t05Codes, subject: total("table05"), parts: [total("table07"), total("table10")] },
  { rule: RULES.t06t08Basic, subject: total("table06"), parts: [total("table08")], relation: "atLeast" },
  { rule: RULES.t11t08Admin, subject: total("table11"), parts: [t08Code("302")] },
  { rule: RULES.t09t08Economic, subject: t09("vehicleOperation"), parts: [t08Code("30231")], relation: "atLeast" },
  { rule: RULES.t09t08Economic, subject: t09("reception"), parts: [t08Code("30217")], relation: "atLeast" },
  { rule: RULES.t09t08Economic, subject: t09("meetings"), parts: [t08Code("30215")], relation: "atLeast" },
  { rule: RULES.t09t08Economic, subject: t09("training"), parts: [t08Code("30216")], relation: "atLeast" },
];

export const CODE_ROWS: readonly CodeRow[] = [
  {
    rule: RULES.t05Codes,
    subject: { table: "table05", column: "amount" },
    parts: [
      { table: "table07", column: "amount" },
      { table: "table10", column: "amount" },
    ],
    bothWays: true,
  },
  {
    rule: RULES.t11t08Admin,
    subject: { table: "table11", column: "amount" },
    parts: [{ table: "table08", column: "amount" }],
    bothWays: false,
  },
];

/** A line of 表1, or nothing when 表1 did not load. */
export const t01 = (ctx: Ctx, list: T01List, names: readonly string[]): CellRef | undefined => {
  const table = tableOf(ctx, "table01");
  return table ? t01Line(table, list, names) : undefined;
};

/** 表2's 小计 of a source, by its printed name. */
export const t02Subtotal = (ctx: Ctx, names: readonly string[]): CellRef | undefined => {
  const table = tableOf(ctx, "table02");
  if (!table) return undefined;
  const wanted = new Set(names.map(looseName));
  const source = t02Sources(table).find((s) => wanted.has(looseName(s.name)));
  return source?.subtotal ? cellOf(table, source.subtotal, "amount") : undefined;
};

const equal = (ctx: Ctx, rule: (typeof RULES)[keyof typeof RULES], a: CellRef | undefined, b: CellRef | undefined) => {
  if (!a && !b) return;
  if (!a && b?.value === 0) return;
  if (!b && a?.value === 0) return;
  amountCheck(ctx, rule, { subject: a, parts: presentCells([b]), ...(a ? {} : b ? { row: b.row, fallback: b } : {}) });
};

/** 表1 against 表2, 表3 and 表4, and its classes against 表5. */
export const t01Rows = (ctx: Ctx): void => {
  const table02 = tableOf(ctx, "table02");
  const totalOf2 = table02?.rows.find((r) => looseName(r.name) === "收入总计");
  equal(
    ctx,
    RULES.t01t02Income,
    t01(ctx, "income", ["收入合计", "收入总计"]),
    table02 && totalOf2 ? cellOf(table02, totalOf2, "amount") : undefined,
  );
  const sources: readonly [readonly string[], readonly string[]][] = [
    [GENERAL_BUDGET, ["一般公共预算资金"]],
    [GOV_FUND, ["政府性基金"]],
    [["财政专户管理资金"], ["财政专户管理资金"]],
    [["其他资金"], ["其他资金"]],
    [["上年结转资金", "上年结转和结余资金"], ["上年结转和结余资金"]],
  ];
  for (const [line, source] of sources) {
    equal(ctx, RULES.t01t02Income, t01(ctx, "income", line), t02Subtotal(ctx, source));
  }
  const purposes: readonly [T01List, readonly string[], string][] = [
    ["purpose", ["基本支出"], "basic"],
    ["purpose", ["项目支出"], "project"],
    ["purpose", ["单位预留机动经费"], "reserve"],
    ["function", ["结转下年资金"], "carryOver"],
    ["function", ["支出合计", "支出总计"], "total"],
  ];
  for (const [list, names, column] of purposes) {
    equal(ctx, RULES.t01t03Purpose, t01(ctx, list, names), cellOfPick(ctx, t03(column)));
  }
  equal(ctx, RULES.t04t01Fiscal, cellOfPick(ctx, t04Grand("income")), t01(ctx, "income", ["财政拨款"]));
  equal(ctx, RULES.t04t01Fiscal, cellOfPick(ctx, t04(GENERAL_BUDGET, "income")), t01(ctx, "income", GENERAL_BUDGET));
  equal(ctx, RULES.t04t01Fiscal, cellOfPick(ctx, t04(GOV_FUND, "income")), t01(ctx, "income", GOV_FUND));
  const table01 = tableOf(ctx, "table01");
  const table05 = tableOf(ctx, "table05");
  if (!table01 || !table05) return;
  for (const row of table05.rows) {
    if (row.role !== "item" || row.code?.length !== 3) continue;
    const names = [row.name, lookupCode("function", row.code)?.zh ?? row.name];
    const line = table01.rows.find((r) => names.some((n) => looseName(n) === bareName(r.name)));
    amountCheck(ctx, RULES.t01t05Classes, {
      subject: line ? cellOf(table01, line, "functionAmount") : undefined,
      parts: [cellOf(table05, row, "amount")],
      row: row.name,
      relation: "atLeast",
      fallback: { file: table01.file },
    });
  }
};
