/**
 * The cross-table rows of src/budget/reconcile/rows.ts where a row is in one table and not the
 * other: 表2 and 表3 of the seed (data/2025/huadu-zwfw) compared code by code, both ways
 * (x.t02-t03.code), with one row taken out of either table; and the class lines of a two-sided
 * table against the classified table (x.t01-t03.class) on 上海 普陀区商务委 (unit) 2025, whose 表1
 * prints 人员经费, 公用经费 and 项目支出 beside each class line.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import { reconcile, type Check } from "../../src/budget/reconcile";
import type { DepartmentYear } from "../../src/budget/model";
import { cloneDepartmentYear, loadDataFolder, loadSeed, type CompleteGuangzhou } from "../helpers/seed";

let seed: CompleteGuangzhou;
let swjUnit: DepartmentYear;
beforeAll(async () => {
  seed = await loadSeed();
  swjUnit = await loadDataFolder("2025/putuo-swj-unit");
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
const failing = (dy: DepartmentYear, rule = RULE): Check[] =>
  reconcile(dy).checks.filter((c) => c.rule === rule && c.status !== "pass");
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

describe("class lines against the classified table (表1 ↔ 表3, Shanghai)", () => {
  const CLASS = "x.t01-t03.class";
  const T01 = "2025/putuo-swj-unit/table01.csv";
  const T03 = "2025/putuo-swj-unit/table03.csv";
  const cut = (table: string, line: number): DepartmentYear => {
    const dy = cloneDepartmentYear(swjUnit);
    const t = (dy.tables as Record<string, BudgetTable & Rows>)[table];
    if (!t) throw new Error(`no ${table}`);
    t.rows = t.rows.filter((r) => r.line !== line);
    return dy;
  };

  it("all pass as printed", () => {
    expect(reconcile(swjUnit).checks.filter((c) => c.rule === CLASS).length).toBeGreaterThan(10);
    expect(failing(swjUnit, CLASS)).toEqual([]);
  });

  it("a class line whose class 表3 lacks: each column against nothing, 基本支出 as the class's own check", () => {
    // 表3 line 2 is class 201; 表1 line 10 is 一、一般公共服务支出.
    expect(failing(cut("table03", 2), CLASS).map(shape)).toEqual([
      {
        at: [T01, 10, "预算数", "一、一般公共服务支出"],
        subject: [T01, 10],
        parts: [],
        tables: ["table01", "table03"],
        figures: [2_160_173_300, 0, "error"],
      },
      {
        at: [T01, 10, "人员经费", "[201]"],
        subject: null,
        parts: [
          [T01, 10, "人员经费", 1_082_389_100],
          [T01, 10, "公用经费", 146_784_200],
        ],
        tables: ["table01", "table03"],
        figures: [0, 1_229_173_300, "error"],
      },
      {
        at: [T01, 10, "项目支出", "一、一般公共服务支出"],
        subject: [T01, 10],
        parts: [],
        tables: ["table01", "table03"],
        figures: [931_000_000, 0, "error"],
      },
    ]);
  });

  it("no 基本支出 check for a missing class where the line prints no 人员经费 or 公用经费", () => {
    // 表3 line 8 is class 206 科学技术支出; 表1 line 11 prints 项目支出 only.
    expect(failing(cut("table03", 8), CLASS).map((c) => [c.line, c.column])).toEqual([
      [11, "预算数"],
      [11, "项目支出"],
    ]);
  });

  it("a class 表3 prints with figures and 表1 has no line for: each column with figures, at 表3's row", () => {
    // 表1 line 12 is 三、社会保障和就业支出; class 208 prints no 项目支出.
    expect(failing(cut("table01", 12), CLASS).map(shape)).toEqual([
      {
        at: [T03, 11, "合计", "[208]社会保障和就业支出"],
        subject: null,
        parts: [[T03, 11, "合计", 380_808_500]],
        tables: ["table01", "table03"],
        figures: [0, 380_808_500, "error"],
      },
      {
        at: [T03, 11, "基本支出", "[208]社会保障和就业支出"],
        subject: null,
        parts: [[T03, 11, "基本支出", 380_808_500]],
        tables: ["table01", "table03"],
        figures: [0, 380_808_500, "error"],
      },
    ]);
  });
});
