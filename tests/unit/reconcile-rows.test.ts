/**
 * The cross-table rows of src/budget/reconcile/rows.ts where a row is in one table and not the
 * other: 表2 and 表3 of the seed (data/2025/huadu-zwfw) compared code by code, both ways
 * (x.t02-t03.code), with one row taken out of either table.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import { reconcile, type Check } from "../../src/budget/reconcile";
import { cloneDepartmentYear, loadSeed, type CompleteGuangzhou } from "../helpers/seed";

let seed: CompleteGuangzhou;
beforeAll(async () => {
  seed = await loadSeed();
});

type Rows = { rows: BudgetRow[] };

/** The seed with the rows at these CSV lines taken out of each table named. */
const without = (cut: Partial<Record<keyof CompleteGuangzhou["tables"], number[]>>): CompleteGuangzhou => {
  const dy = cloneDepartmentYear(seed);
  for (const [id, lines] of Object.entries(cut)) {
    const table = dy.tables[id as keyof CompleteGuangzhou["tables"]] as BudgetTable & Rows;
    table.rows = table.rows.filter((r) => !(lines ?? []).includes(r.line));
  }
  return dy;
};

const RULE = "x.t02-t03.code";
const failing = (dy: CompleteGuangzhou): Check[] =>
  reconcile(dy).checks.filter((c) => c.rule === RULE && c.status !== "pass");
/** Where a failed check is, what it is made of, and what it compares. */
const shape = (c: Check) => ({
  at: [c.file, c.line, c.column, c.row],
  subject: c.subject ? [c.subject.file, c.subject.line] : null,
  parts: c.parts.map((p) => [p.file, p.line, p.column, p.value]),
  tables: c.tables,
  figures: [c.printed, c.computed, c.status],
});

describe("codes compared both ways (表2 ↔ 表3)", () => {
  it("all pass on the seed, one check per code of either table", () => {
    const checks = reconcile(seed).checks.filter((c) => c.rule === RULE);
    expect(checks.filter((c) => c.status !== "pass")).toEqual([]);
    // Each coded row of 表3 once, at its own line (合计 is a cell row of its own).
    const coded = checks.filter((c) => c.subject?.row.startsWith("["));
    const lines = (seed.tables.table03 as BudgetTable & Rows).rows
      .filter((r) => r.code !== undefined)
      .map((r) => r.line);
    expect(lines.length).toBeGreaterThan(5);
    expect(coded.map((c) => c.subject?.line)).toEqual(lines);
  });

  it("a code 表2 prints and 表3 does not is found from 表2's side, at 表2's row, once", () => {
    expect(failing(without({ table03: [6] })).map(shape)).toEqual([
      {
        at: ["2025/huadu-zwfw/table02.csv", 6, "合计", "[2010302]一般行政管理事务"],
        subject: null,
        parts: [["2025/huadu-zwfw/table02.csv", 6, "合计", 446_391]],
        tables: ["table03", "table02"],
        figures: [0, 446_391, "error"],
      },
    ]);
  });

  it("a code 表3 prints and 表2 does not is found at 表3's row, with nothing to add up", () => {
    expect(failing(without({ table02: [6] })).map(shape)).toEqual([
      {
        at: ["2025/huadu-zwfw/table03.csv", 6, "合计", "[2010302]一般行政管理事务"],
        subject: ["2025/huadu-zwfw/table03.csv", 6],
        parts: [],
        tables: ["table03", "table02"],
        figures: [446_391, 0, "error"],
      },
    ]);
  });

  it("a code neither prints is no finding, and a total row is not a code", () => {
    expect(failing(without({ table02: [6], table03: [6] }))).toEqual([]);
    // Without 表3's 合计 line, only the 合计 rows' own check fails: 表2's 合计 is no code to look for.
    expect(failing(without({ table03: [2] })).map((c) => [c.file, c.line, c.row, c.subject === undefined])).toEqual([
      ["2025/huadu-zwfw/table02.csv", 2, "合计", true],
    ]);
  });
});
