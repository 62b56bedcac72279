/**
 * The Jiangsu profile's own checks, each group needing exactly the tables its rules read, so one
 * broken table stops only the rules that read it.
 */
import type { CheckGroup, ProfileChecks } from "../../reconcile/checks";
import { runCellRows, runCodeRows } from "../../reconcile/rows";
import { CELL_ROWS, CODE_ROWS, t01Rows } from "./cross-table";
import { figureChecks, nameChecks, partChecks, percentChecks, textChecks } from "./explanation-checks";
import { listTableChecks, tableOf } from "./list-tables";
import { RULES } from "./rules";

const tablesOf = (row: { subject: { table: string }; parts: readonly { table: string }[] }): string[] => [
  row.subject.table,
  ...row.parts.map((p) => p.table),
];

/** One group per cross-table rule of the row lists, with the tables its rows read. */
const rowGroups = (): CheckGroup[] => {
  const rules = [...new Set([...CELL_ROWS, ...CODE_ROWS].map((r) => r.rule))];
  return rules.map((rule) => {
    const cells = CELL_ROWS.filter((r) => r.rule === rule);
    const codes = CODE_ROWS.filter((r) => r.rule === rule);
    return {
      rules: [rule],
      needs: [...new Set([...cells, ...codes].flatMap(tablesOf))],
      run: (ctx) => {
        runCellRows(ctx, cells);
        runCodeRows(ctx, codes);
      },
    };
  });
};

const ALL_TABLES = ["table01", "table02", "table03", "table04", "table05", "table06", "table07", "table08", "table09"];

export const JIANGSU_CHECKS: ProfileChecks = {
  rules: Object.values(RULES),
  groups: [
    {
      rules: [RULES.t01Income, RULES.t01Expenditure, RULES.t01Balance],
      needs: ["table01"],
      run: (ctx) => listTableChecks.table01(ctx, tableOf(ctx, "table01")!),
    },
    {
      rules: [RULES.t02Sources, RULES.t02OfWhich],
      needs: ["table02"],
      run: (ctx) => listTableChecks.table02(ctx, tableOf(ctx, "table02")!),
    },
    {
      rules: [RULES.t12Sums],
      needs: ["table12"],
      run: (ctx) => listTableChecks.table12(ctx, tableOf(ctx, "table12")!),
    },
    ...rowGroups(),
    {
      rules: [RULES.t01t02Income, RULES.t01t03Purpose, RULES.t04t01Fiscal, RULES.t01t05Classes],
      needs: ["table01", "table02", "table03", "table04", "table05"],
      run: t01Rows,
    },
    { rules: [RULES.explainFigure], needs: [...ALL_TABLES, "table10", "table11", "table12"], run: figureChecks },
    { rules: [RULES.explainRate, RULES.explainShare], needs: ["table01", "table03", "table09"], run: percentChecks },
    { rules: [RULES.explainParts], needs: ["table01", "table05"], run: partChecks },
    { rules: [RULES.explainItemName], needs: ["table05"], run: nameChecks },
    { rules: [RULES.explainText], needs: [], run: textChecks },
  ],
};
