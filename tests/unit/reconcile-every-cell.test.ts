/**
 * No amount of the seed goes unchecked: adding 1.00 to any one amount cell of any CSV makes
 * reconciliation fail, and an error finding names that file and that row — as its own location
 * (the row's own check, or the locator's "likely cell"), or, where several cells are equally
 * able to explain the failure, among the part rows the failed check lists.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/budget/findings";
import type { DepartmentYear } from "../../src/budget/model";
import { reconcile } from "../../src/budget/reconcile";
import type { TableId } from "../../src/budget/profiles/guangzhou-budget/tables";
import { amountCells } from "../helpers/random-department-year";
import { cloneDepartmentYear, loadSeed, type CompleteGuangzhou } from "../helpers/seed";

let seed: CompleteGuangzhou;
beforeAll(async () => {
  seed = await loadSeed();
});

interface Outcome {
  cell: string;
  /** An error finding is located on the cell's row. */
  atRow: boolean;
  /** An error finding lists the cell among the parts it adds up. */
  amongParts: boolean;
  /** The locator named a cell, and it is this one. */
  likely: "this" | "other" | "none";
}

const outcome = (dy: DepartmentYear, file: string, line: number, header: string, findings: Finding[]): Outcome => {
  const errors = findings.filter((f) => f.severity === "error");
  const likely = errors.filter((f) => f.rule === "locate.likely-cell");
  return {
    cell: `${file.replace(`${dy.path}/`, "")}:${line}:${header}`,
    atRow: errors.some((f) => f.file === file && f.line === line),
    amongParts: errors.some((f) =>
      f.check?.parts?.some((p) => p.file === file && p.line === line && p.column === header),
    ),
    likely:
      likely.length === 0
        ? "none"
        : likely.every((f) => f.file === file && f.line === line && f.column === header)
          ? "this"
          : "other",
  };
};

describe("every amount of the seed is checked", () => {
  it("catches +1.00 in any cell and names its table and row", () => {
    const outcomes: Outcome[] = [];
    for (const { table, row, key } of amountCells(seed)) {
      const dy = cloneDepartmentYear(seed);
      const copy = dy.tables[table.spec.id as TableId | "keyProjects"];
      const target = copy.rows[row];
      if (!target) throw new Error("row vanished");
      (target.amounts as Record<string, number>)[key] = (target.amounts[key] ?? 0) + 100;
      const header = table.spec.columns.find((c) => c.key === key)?.header ?? key;
      outcomes.push(outcome(dy, table.file, target.line, header, reconcile(dy).findings));
    }
    expect(outcomes.length).toBeGreaterThan(800);
    // Never uncaught, never located elsewhere, never blamed on another cell.
    expect(outcomes.filter((o) => !o.atRow && !o.amongParts).map((o) => o.cell)).toEqual([]);
    expect(outcomes.filter((o) => o.likely === "other").map((o) => o.cell)).toEqual([]);
    // Located on the row itself, except the items of 表6 that appear in no other table:
    // two such items are indistinguishable, so the failed parent check lists them all.
    expect(outcomes.filter((o) => !o.atRow).map((o) => o.cell)).toEqual([
      "table06.csv:4:预算",
      "table06.csv:5:预算",
      "table06.csv:6:预算",
      "table06.csv:7:预算",
      "table06.csv:8:预算",
      "table06.csv:9:预算",
      "table06.csv:10:预算",
      "table06.csv:11:预算",
      "table06.csv:13:预算",
      "table06.csv:14:预算",
      "table06.csv:15:预算",
      "table06.csv:16:预算",
      "table06.csv:17:预算",
      "table06.csv:18:预算",
      "table06.csv:20:预算",
      "table06.csv:21:预算",
      "table06.csv:23:预算",
      "table06.csv:24:预算",
      "table06.csv:26:预算",
      "table06.csv:27:预算",
      "table06.csv:28:预算",
      "table07.csv:7:预算",
      "table07.csv:8:预算",
    ]);
  });
});
