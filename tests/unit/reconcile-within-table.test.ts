/**
 * The identities inside one table (src/budget/reconcile/within-table.ts) where a row they need is
 * missing, a column is only partly printed, or a message says what the computed side is made of.
 * On the seed (data/2025/huadu-zwfw) with one row taken out, and on 上海 普陀区社会福利院's 2024
 * budget (data/2024/putuo-fuliyuan) for the two-sided tables with sub-lines.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BudgetRow, BudgetTable, DepartmentYear } from "../../src/budget/model";
import { reconcile, type Check } from "../../src/budget/reconcile";
import { cents } from "../../src/budget/money";
import { cloneDepartmentYear, loadDataFolder, loadSeed, type CompleteGuangzhou } from "../helpers/seed";

let seed: CompleteGuangzhou;
let fuliyuan: DepartmentYear;
beforeAll(async () => {
  seed = await loadSeed();
  fuliyuan = await loadDataFolder("2024/putuo-fuliyuan");
});

type Rows = { rows: BudgetRow[] };
const rowsOf = (table: BudgetTable): BudgetRow[] => (table as unknown as Rows).rows;

/** The seed with the rows at these CSV lines of one table taken out. */
const without = (table: keyof CompleteGuangzhou["tables"], ...lines: number[]): CompleteGuangzhou => {
  const dy = cloneDepartmentYear(seed);
  const t = dy.tables[table];
  (t as unknown as Rows).rows = rowsOf(t).filter((r) => !lines.includes(r.line));
  return dy;
};

const checksOf = (dy: DepartmentYear, rule: string): Check[] => reconcile(dy).checks.filter((c) => c.rule === rule);
/** [subject's line or null, row, status] of a rule's checks. */
const where = (checks: Check[]) => checks.map((c) => [c.subject?.line ?? null, c.row, c.status]);

describe("a two-sided table missing a total row", () => {
  it("without 收入总计 checks the expenditure side only, and not the balance", () => {
    const dy = without("table01", 9);
    expect(where(checksOf(dy, "t01.grand-total"))).toEqual([[39, "支出总计", "pass"]]);
    // The income side stops at its missing grand total: its year total is not checked either.
    expect(where(checksOf(dy, "t01.year-total"))).toEqual([[35, "本年支出合计", "note"]]);
    expect(checksOf(dy, "t01.balance")).toEqual([]);
  });

  it("without 本年收入合计 checks neither of the income side's totals", () => {
    const dy = without("table01", 5);
    expect(where(checksOf(dy, "t01.year-total"))).toEqual([[35, "本年支出合计", "note"]]);
    expect(where(checksOf(dy, "t01.grand-total"))).toEqual([[39, "支出总计", "pass"]]);
    expect(where(checksOf(dy, "t01.balance"))).toEqual([[39, "支出总计", "pass"]]);
  });
});

describe("a classified table missing a row", () => {
  it("reports a missing parent code under its catalogue name, in its own classification", () => {
    // 表5 is by function code, 表6 by economic code: [301] is no function code, [20103] no economic one.
    const t05 = checksOf(without("table05", 4), "t05.parent-sum").filter((c) => c.subject === undefined);
    expect(t05.map((c) => [c.file, c.row, c.line, c.column, c.computed])).toEqual([
      ["2025/huadu-zwfw/table05.csv", "[20103]政府办公厅（室）及相关机构事务", 5, "小计", 633_907],
      ["2025/huadu-zwfw/table05.csv", "[20103]政府办公厅（室）及相关机构事务", 5, "基本支出", 94_246],
      ["2025/huadu-zwfw/table05.csv", "[20103]政府办公厅（室）及相关机构事务", 5, "项目支出", 539_661],
    ]);
    const t06 = checksOf(without("table06", 3), "t06.parent-sum").filter((c) => c.subject === undefined);
    expect(t06.map((c) => [c.row, c.line, c.computed, c.status])).toEqual([["[301]工资福利支出", 4, 151_682, "error"]]);
  });

  it("names a missing parent by its code alone where the catalogue does not know it", () => {
    const dy = cloneDepartmentYear(seed);
    rowsOf(dy.tables.table06).push({
      line: 99,
      role: "item",
      name: "不在目录中的科目",
      code: "39801",
      depth: 2,
      amounts: { amount: cents(100) },
      texts: {},
    });
    const missing = checksOf(dy, "t06.parent-sum").filter((c) => c.subject === undefined);
    expect(missing.map((c) => [c.row, c.line, c.computed])).toEqual([["[398]", 99, 100]]);
  });

  it("without its 合计 row checks no 合计 = classes (表5) nor 合计 = units (表11)", () => {
    expect(checksOf(without("table05", 2), "t05.total-row")).toEqual([]);
    expect(checksOf(without("table11", 2), "t11.total-row")).toEqual([]);
    // The units are still checked against their categories.
    expect(checksOf(without("table11", 2), "t11.unit-sum")).toHaveLength(7);
  });
});

describe("a fixed item with parts (表8)", () => {
  it("is not checked where its own row is missing", () => {
    const dy = without("table08", 3);
    expect(checksOf(dy, "t08.three-public")).toEqual([]);
    expect(checksOf(dy, "t08.vehicles")).toHaveLength(4);
  });

  it("is checked against the parts that are there where a part's row is missing", () => {
    // （一）因公出国（境）支出 is 0.00: “三公”经费 2.75 = 2.25 + 0.50 still.
    const checks = checksOf(without("table08", 4), "t08.three-public");
    expect(checks.map((c) => [c.column, c.parts.map((p) => p.line), c.computed, c.status])).toEqual([
      ["合计", [5, 8], 275, "pass"],
      ["一般公共预算", [5, 8], 275, "pass"],
      ["政府性基金预算", [5, 8], 0, "pass"],
      ["国有资本经营预算", [5, 8], 0, "pass"],
    ]);
  });
});

describe("a row sum over optional columns", () => {
  it("is checked only where all its parts are printed: 表1 without 项目支出 has no 合计 = 人员 + 公用 + 项目", () => {
    expect(checksOf(fuliyuan, "t01.row-total").length).toBeGreaterThan(0);
    const dy = cloneDepartmentYear(fuliyuan);
    const t01 = (dy.tables as Record<string, BudgetTable>)["table01"] as BudgetTable;
    (t01 as unknown as { columns: BudgetTable["columns"] }).columns = t01.columns.filter((c) => c.key !== "project");
    expect(checksOf(dy, "t01.row-total")).toEqual([]);
  });
});

describe("what a within-table check's computed side is", () => {
  /** The distinct `about` of each rule's checks, in both languages. */
  const aboutByRule = (dy: DepartmentYear, rules: string[]) => {
    const checks = reconcile(dy).checks;
    return Object.fromEntries(
      rules.map((rule) => [
        rule,
        [...new Set(checks.filter((c) => c.rule === rule).map((c) => `${c.about?.zh} / ${c.about?.en}`))],
      ]),
    );
  };

  it("is said in words on the seed", () => {
    expect(
      aboutByRule(seed, ["t01.year-total", "t01.grand-total", "t05.total-row", "t11.unit-sum", "t11.total-row"]),
    ).toEqual({
      "t01.year-total": ["其上各项 / the lines above it"],
      "t01.grand-total": ["本年合计及其后各项 / the year's total and the lines after it"],
      "t05.total-row": ["各类 / the classes"],
      "t11.unit-sum": ["其下各类别 / its category rows"],
      "t11.total-row": ["各单位 / the units"],
    });
  });

  it("is said in words on a two-sided table with sub-lines (社会福利院 2024 表1)", () => {
    expect(aboutByRule(fuliyuan, ["t01.grand-total", "t01.sub-lines"])).toEqual({
      "t01.grand-total": ["其上各项（不含分项） / the lines above it (sub-lines not counted twice)"],
      "t01.sub-lines": ["其下各分项 / its sub-lines"],
    });
  });
});
