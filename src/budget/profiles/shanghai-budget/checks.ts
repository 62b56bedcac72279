/**
 * The Shanghai profile's own checks. Each cross-table rule runs as its own group, needing exactly
 * the tables its rows name, so one broken table stops only the rules that read it.
 */
import type { ReconciliationRule } from "../../reconcile/catalogue";
import type { CheckGroup, ProfileChecks } from "../../reconcile/checks";
import {
  runCellRows,
  runClassLineRows,
  runClassNameRows,
  runCodeRows,
  type CellRow,
  type ClassLineRow,
  type CodeRow,
} from "../../reconcile/rows";
import { CELL_ROWS, CLASS_LINE_ROWS, CODE_ROWS } from "./cross-table";
import { documentChecks } from "./document-checks";
import { figureChecks, itemChecks, textAndSumChecks } from "./explanation-checks";
import { priorYearChecks } from "./prior-year-checks";
import { RULES } from "./rules";

const tablesOfCell = (row: CellRow): string[] => [row.subject.table, ...row.parts.map((p) => p.table)];
const tablesOfCode = (row: CodeRow): string[] => [row.subject.table, ...row.parts.map((p) => p.table)];
const tablesOfClass = (row: ClassLineRow): string[] => [row.lines.table, ...row.compare.map((c) => c.table)];

/** One group per rule, with the tables its rows read. */
const rowGroups = (): CheckGroup[] => {
  const rules = new Map<
    ReconciliationRule,
    { needs: Set<string>; cells: CellRow[]; codes: CodeRow[]; classes: ClassLineRow[] }
  >();
  const entry = (rule: ReconciliationRule) => {
    let e = rules.get(rule);
    if (!e) rules.set(rule, (e = { needs: new Set(), cells: [], codes: [], classes: [] }));
    return e;
  };
  for (const row of CELL_ROWS) {
    const e = entry(row.rule);
    e.cells.push(row);
    tablesOfCell(row).forEach((t) => e.needs.add(t));
  }
  for (const row of CODE_ROWS) {
    const e = entry(row.rule);
    e.codes.push(row);
    tablesOfCode(row).forEach((t) => e.needs.add(t));
  }
  for (const row of CLASS_LINE_ROWS) {
    const e = entry(row.rule);
    e.classes.push(row);
    tablesOfClass(row).forEach((t) => e.needs.add(t));
  }
  const byRule: CheckGroup[] = [...rules].map(([rule, e]) => ({
    rules: [rule],
    needs: [...e.needs],
    run: (ctx) => {
      runCellRows(ctx, e.cells);
      runCodeRows(ctx, e.codes);
      runClassLineRows(ctx, e.classes);
    },
  }));
  // A class line's printed name is checked with the line's own table alone, one group per table.
  const names: CheckGroup[] = CLASS_LINE_ROWS.map((row) => ({
    rules: [row.nameRule],
    needs: [row.lines.table],
    run: (ctx) => runClassNameRows(ctx, [row]),
  }));
  return [...byRule, ...names];
};

const groups = rowGroups();

export const SHANGHAI_CHECKS: ProfileChecks = {
  rules: Object.values(RULES),
  groups: [
    ...groups,
    {
      rules: [RULES.explainFigure],
      needs: ["table01", "table04", "table09"],
      run: figureChecks,
    },
    {
      rules: [RULES.explainItem, RULES.explainItemSum, RULES.explainItemName],
      needs: ["table05", "table06", "table07", "table02", "table03"],
      run: itemChecks,
    },
    {
      rules: [RULES.explainParts, RULES.explainPercent, RULES.explainText, RULES.explainRestated],
      needs: [],
      run: textAndSumChecks,
    },
    // Needs last year's tables, which its own groups have checked; this year's need not have loaded.
    { rules: [RULES.yearPrior], needs: [], needsPrior: true, run: priorYearChecks },
    {
      rules: [RULES.docYear, RULES.docKind, RULES.docEmptyTableNote, RULES.docAdminCostsNone],
      needs: [],
      run: documentChecks,
    },
  ],
};
