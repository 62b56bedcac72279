/**
 * The figures a citizen looks for first, each taken from the table row that prints it (so the
 * home page can link straight to that row) and, where the 情况说明 states it, its change on
 * the previous year.
 */
import type { DepartmentYear } from "../budget/load";
import type { Cents } from "../budget/money";
import type { TableId } from "../budget/registry/tables";
import type { ChangeFact } from "../budget/profiles/guangzhou-budget/explanation";
import type { BudgetRow } from "../budget/table-loader";

export type KeyFigureId = "income" | "expenditure" | "basic" | "project" | "threePublic" | "adminCosts";

export interface KeyFigure {
  id: KeyFigureId;
  value: Cents;
  /** Where the figure is printed. */
  table: TableId;
  line: number;
  /** For shares: the total this figure is a part of. */
  whole?: Cents;
  /** As stated in the 情况说明. */
  change?: ChangeFact;
}

const amount = (row: BudgetRow | undefined, key: string): Cents | undefined => row?.amounts[key];

export const keyFigures = (dy: DepartmentYear): KeyFigure[] => {
  const { tables, explanation } = dy;
  const facts = explanation.facts;
  const figures: KeyFigure[] = [];
  const add = (figure: Omit<KeyFigure, "value" | "line">, row: BudgetRow | undefined, key: string): void => {
    const value = amount(row, key);
    if (row && value !== undefined) figures.push({ ...figure, value, line: row.line });
  };
  // The 情况说明's 收入预算 / 支出预算 are the year's own totals (本年收入合计 / 本年支出合计), without
  // 上年结转 or 结转下年, so the stated changes apply to these rows.
  const yearTotal = (side: "income" | "expenditure") =>
    tables.table01.rows.find((r) => r.side === side && r.role === "yearTotal");
  add({ id: "income", table: "table01", change: facts.income }, yearTotal("income"), "amount");
  add({ id: "expenditure", table: "table01", change: facts.expenditure }, yearTotal("expenditure"), "amount");
  const total = tables.table03.rows.find((r) => r.role === "total");
  const whole = amount(total, "total");
  const share = whole !== undefined ? { whole } : {};
  add({ id: "basic", table: "table03", ...share }, total, "basic");
  add({ id: "project", table: "table03", ...share }, total, "project");
  const item = (key: string) => tables.table08.rows.find((r) => r.item === key);
  add({ id: "threePublic", table: "table08", change: facts.three_public }, item("threePublic"), "total");
  add({ id: "adminCosts", table: "table08", change: facts.admin_costs }, item("adminCosts"), "total");
  return figures;
};
