/** The Shanghai profile's own checks, grouped by the tables each group reads. */
import type { ProfileChecks } from "../../reconcile/checks";
import { runCellRows, runClassLineRows, runCodeRows } from "../../reconcile/rows";
import { CELL_ROWS, CLASS_LINE_ROWS, CODE_ROWS } from "./cross-table";
import { documentChecks } from "./document-checks";
import { explanationChecks } from "./explanation-checks";
import { RULES } from "./rules";
import { SHANGHAI_TABLE_IDS } from "./tables";

export const SHANGHAI_CHECKS: ProfileChecks = {
  rules: Object.values(RULES),
  groups: [
    {
      rules: [
        RULES.t01t02Income,
        RULES.t01t03Total,
        RULES.t01t03Class,
        RULES.className,
        RULES.t02t03Code,
        RULES.t04t01Fiscal,
        RULES.t04Budgets,
        RULES.t04Class,
        RULES.t05t08Basic,
        RULES.t09t08Economic,
      ],
      needs: SHANGHAI_TABLE_IDS,
      run: (ctx) => {
        runCellRows(ctx, CELL_ROWS);
        runCodeRows(ctx, CODE_ROWS);
        runClassLineRows(ctx, CLASS_LINE_ROWS);
      },
    },
    {
      rules: [
        RULES.explainFigure,
        RULES.explainItem,
        RULES.explainItemSum,
        RULES.explainItemName,
        RULES.explainParts,
        RULES.explainPercent,
        RULES.explainText,
        RULES.explainRestated,
      ],
      needs: SHANGHAI_TABLE_IDS,
      run: explanationChecks,
    },
    {
      rules: [RULES.docYear, RULES.docKind, RULES.docEmptyTableNote, RULES.docAdminCostsNone],
      needs: [],
      run: documentChecks,
    },
  ],
};
