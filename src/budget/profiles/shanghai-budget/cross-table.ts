/**
 * The Shanghai cross-table rules, as rows: which printed cell must equal which others. Income
 * lines are named as the template prints them; the names in brackets are the variants real
 * documents print ("1. 一般公共预算资金" in the 2024–2025 documents, "1. 一般公共预算" in the 2026
 * template).
 */
import type { CellPick, CellRow, ClassLineRow, CodeRow } from "../../reconcile/rows";
import { RULES } from "./rules";

const FISCAL_INCOME = ["财政拨款收入", "财政拨款"];
const GENERAL_BUDGET = ["一般公共预算资金", "一般公共预算"];
const GOV_FUND = ["政府性基金", "政府性基金预算"];
const STATE_CAPITAL = ["国有资本经营预算", "国有资本经营预算资金"];

const line = (
  table: string,
  names: readonly string[],
  column = "amount",
  side: "income" | "expenditure" = "income",
): CellPick => ({
  table,
  row: { line: names, side },
  column,
});
const total = (table: string, column: string): CellPick => ({ table, row: { total: true }, column });
const grand = (table: string, side: "income" | "expenditure", column = "amount"): CellPick => ({
  table,
  row: { grandTotal: side },
  column,
});

export const CELL_ROWS: readonly CellRow[] = [
  { rule: RULES.t01t02Income, subject: grand("table01", "income"), parts: [total("table02", "total")] },
  { rule: RULES.t01t02Income, subject: line("table01", FISCAL_INCOME), parts: [total("table02", "fiscal")] },
  { rule: RULES.t01t02Income, subject: line("table01", ["事业收入"]), parts: [total("table02", "operating")] },
  { rule: RULES.t01t02Income, subject: line("table01", ["事业单位经营收入"]), parts: [total("table02", "business")] },
  { rule: RULES.t01t02Income, subject: line("table01", ["其他收入"]), parts: [total("table02", "other")] },
  { rule: RULES.t01t03Total, subject: grand("table01", "expenditure"), parts: [total("table03", "total")] },
  { rule: RULES.t04t01Fiscal, subject: grand("table04", "income"), parts: [line("table01", FISCAL_INCOME)] },
  { rule: RULES.t04t01Fiscal, subject: grand("table04", "income"), parts: [total("table02", "fiscal")] },
  { rule: RULES.t04t01Fiscal, subject: line("table04", GENERAL_BUDGET), parts: [line("table01", GENERAL_BUDGET)] },
  { rule: RULES.t04t01Fiscal, subject: line("table04", GOV_FUND), parts: [line("table01", GOV_FUND)] },
  { rule: RULES.t04t01Fiscal, subject: line("table04", STATE_CAPITAL), parts: [line("table01", STATE_CAPITAL)] },
  { rule: RULES.t04Budgets, subject: line("table04", GENERAL_BUDGET), parts: [total("table05", "total")] },
  { rule: RULES.t04Budgets, subject: line("table04", GOV_FUND), parts: [total("table06", "total")] },
  { rule: RULES.t04Budgets, subject: line("table04", STATE_CAPITAL), parts: [total("table07", "total")] },
  {
    rule: RULES.t04Budgets,
    subject: grand("table04", "expenditure", "generalBudget"),
    parts: [total("table05", "total")],
  },
  { rule: RULES.t04Budgets, subject: grand("table04", "expenditure", "govFund"), parts: [total("table06", "total")] },
  {
    rule: RULES.t04Budgets,
    subject: grand("table04", "expenditure", "stateCapital"),
    parts: [total("table07", "total")],
  },
  { rule: RULES.t05t08Basic, subject: total("table08", "total"), parts: [total("table05", "basic")] },
  {
    rule: RULES.t09t08Economic,
    subject: { table: "table09", row: { record: true }, column: "reception" },
    parts: [{ table: "table08", row: { code: "30217" }, column: "total" }],
    relation: "atLeast",
  },
  {
    rule: RULES.t09t08Economic,
    subject: { table: "table09", row: { record: true }, column: "vehicleOperation" },
    parts: [{ table: "table08", row: { code: "30231" }, column: "total" }],
    relation: "atLeast",
  },
  // The 单位预算 form of 表1 also splits expenditure into basic and project spending.
  {
    rule: RULES.t01t03Split,
    subject: total("table03", "basic"),
    parts: [grand("table01", "expenditure", "personnel"), grand("table01", "expenditure", "publicUse")],
  },
  {
    rule: RULES.t01t03Split,
    subject: grand("table01", "expenditure", "project"),
    parts: [total("table03", "project")],
  },
];

export const CODE_ROWS: readonly CodeRow[] = [
  {
    rule: RULES.t02t03Code,
    subject: { table: "table03", column: "total" },
    parts: [{ table: "table02", column: "total" }],
    bothWays: true,
  },
  {
    rule: RULES.t02Fiscal,
    subject: { table: "table02", column: "fiscal" },
    parts: [
      { table: "table05", column: "total" },
      { table: "table06", column: "total" },
      { table: "table07", column: "total" },
    ],
    bothWays: true,
  },
];

export const CLASS_LINE_ROWS: readonly ClassLineRow[] = [
  {
    rule: RULES.t01t03Class,
    nameRule: RULES.className,
    lines: { table: "table01", side: "expenditure" },
    compare: [
      { line: ["amount"], table: "table03", columns: ["total"] },
      { line: ["personnel", "publicUse"], table: "table03", columns: ["basic"], subject: "class" },
      { line: ["project"], table: "table03", columns: ["project"] },
    ],
  },
  {
    rule: RULES.t04Class,
    nameRule: RULES.className,
    lines: { table: "table04", side: "expenditure" },
    compare: [
      { line: ["generalBudget"], table: "table05", columns: ["total"] },
      { line: ["govFund"], table: "table06", columns: ["total"] },
      { line: ["stateCapital"], table: "table07", columns: ["total"] },
    ],
  },
];
