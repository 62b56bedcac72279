/**
 * Across years: every change the text states against last year's budget ("比2024年预算增加
 * 3,355.65万元") implies last year's figure (this year's stated figure minus the change); where last
 * year's department-year is in the data, that figure must be what last year's tables print, within
 * the rounding the 万元 sentence implies. A change against an outturn (执行数) is not a published
 * budget figure and is not compared.
 */
import type { CellRef } from "../../reconcile/types";
import { amountCheck, type Ctx } from "../../reconcile/checks";
import { cellOfPick } from "../../reconcile/rows";
import type { ShanghaiDepartmentYear } from "..";
import { FACTS } from "./explanation-checks";
import { RULES } from "./rules";
import type { ShanghaiFigureKey, StatedFigure } from "./schema";

/** "2024年预算" → 2024; an outturn or anything else → undefined. */
const budgetYear = (basis: string | undefined): number | undefined => {
  const m = basis === undefined ? null : /^(\d{4})年预算$/.exec(basis);
  return m ? Number(m[1]) : undefined;
};

export const priorYearChecks = (ctx: Ctx): void => {
  const dy = ctx.dy as ShanghaiDepartmentYear;
  const prior = ctx.prior as ShanghaiDepartmentYear | undefined;
  if (!prior) return;
  const file = `${dy.path}/explanation.yaml`;
  const facts = dy.explanation.facts;
  for (const [key, spec] of Object.entries(FACTS) as [ShanghaiFigureKey, (typeof FACTS)[ShanghaiFigureKey]][]) {
    const fact = facts[key];
    if (fact === undefined || fact === "无") continue;
    const stated: StatedFigure = fact;
    if (!stated.change || budgetYear(stated.compared_with ?? facts.compared_with) !== dy.year - 1) continue;
    const last = cellOfPick({ ...ctx, dy: prior }, spec.cell);
    if (!last) continue;
    const amount: CellRef = {
      file,
      source: "explanation",
      column: `facts.${key}.amount`,
      row: spec.label.zh,
      value: stated.amount.value,
    };
    const change: CellRef = {
      file,
      source: "explanation",
      column: `facts.${key}.change`,
      row: spec.label.zh,
      value: -stated.change.value,
    };
    amountCheck(ctx, RULES.yearPrior, {
      subject: { ...last, row: `${prior.year}年 ${last.row}` },
      parts: [amount, change],
      row: spec.label.zh,
      tables: ["explanation", spec.cell.table],
      about: {
        zh: `${dy.year}年说明所述本年数减增减额`,
        en: `this year's stated figure less the stated change (${dy.year} text)`,
      },
    });
  }
};
