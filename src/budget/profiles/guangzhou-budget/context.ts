/**
 * The Guangzhou checks run only on Guangzhou department-years, and each group only once the
 * tables it needs have loaded (see CheckGroup): these accessors say so to the type checker.
 */
import type { Ctx } from "../../reconcile/checks";
import type { TableId } from "./tables";
import type { BudgetTable } from "../../model";
import type { GuangzhouDepartmentYear } from "..";

export const dyOf = (ctx: Ctx): GuangzhouDepartmentYear => ctx.dy as GuangzhouDepartmentYear;

export const tablesOf = (ctx: Ctx): Readonly<Record<TableId | "keyProjects", BudgetTable>> =>
  ctx.dy.tables as Readonly<Record<TableId | "keyProjects", BudgetTable>>;
