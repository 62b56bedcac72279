/**
 * The seed department-year (data/2025/huadu-zwfw) as the loader reads it: known figures from the
 * published document, exact to the hundredth.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { LoadResult } from "../../src/budget/model";
import { sum, toDecimalString, type Cents } from "../../src/budget/money";
import type { BudgetRow } from "../../src/budget/model";
import { completeGuangzhou, SEED_PATH, type CompleteGuangzhou } from "../helpers/seed";
import { REPO_ROOT } from "../helpers/seed-copy";

let result: LoadResult;
let seed: CompleteGuangzhou;
beforeAll(async () => {
  // The seed alone: data/ also holds the Shanghai department-years.
  result = await loadData(join(REPO_ROOT, "data"), SEED_PATH);
  const [first] = result.departmentYears;
  if (!first) throw new Error(`the seed did not load: ${JSON.stringify(result.findings, null, 2)}`);
  seed = completeGuangzhou(first);
});

const byName = (rows: readonly BudgetRow[], name: string): BudgetRow => {
  const found = rows.filter((r) => r.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as BudgetRow;
};

/** An amount cell of a row; a missing column is a test failure, not NaN. */
const amount = (row: BudgetRow, key: string): Cents => {
  const value = row.amounts[key];
  if (value === undefined) throw new Error(`row ${row.name} has no amount ${key}`);
  return value;
};

const byCode = (rows: readonly BudgetRow[], code: string): BudgetRow => {
  const found = rows.filter((r) => r.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as BudgetRow;
};

describe("the seed", () => {
  it("loads with zero findings", () => {
    expect(result.findings).toEqual([]);
    expect(result.departmentYears).toHaveLength(1);
    expect(seed.path).toBe("2025/huadu-zwfw");
    expect(seed.year).toBe(2025);
    expect(seed.slug).toBe("huadu-zwfw");
    expect(seed.meta.department).toBe("广州市花都区政务服务和数据管理局");
    expect(seed.profile.id).toBe("guangzhou-budget");
    expect(seed.kind).toBe("部门预算");
    expect(seed.unit).toEqual({ unit: "万元", decimals: 2 });
    expect(seed.failedTables).toEqual([]);
    expect(seed.absentTables).toEqual([]);
    expect(seed.errata).toEqual([]);
    // Hundredths of 万元: one unit is 10^2 元.
    expect(Object.values(seed.tables).every((t) => t.scale === 2)).toBe(true);
  });

  it("表1: 收入总计 is 7,267.81 (726781 hundredths)", () => {
    const rows = seed.tables.table01.rows;
    const total = byName(rows, "收入总计");
    expect(total.role).toBe("grandTotal");
    expect(total.side).toBe("income");
    expect(total.amounts["amount"]).toBe(726781);
    expect(byName(rows, "支出总计").amounts["amount"]).toBe(726781);
    expect(byName(rows, "本年收入合计").role).toBe("yearTotal");
  });

  it("表1: 28 expenditure items and 6 income items, as printed", () => {
    const items = (side: string) => seed.tables.table01.rows.filter((r) => r.side === side && r.role === "item");
    expect(items("income")).toHaveLength(6);
    expect(items("expenditure")).toHaveLength(28);
  });

  it("表2: row 2080505 is 118.47", () => {
    const row = byCode(seed.tables.table02.rows, "2080505");
    expect(row.name).toBe("机关事业单位基本养老保险缴费支出");
    expect(row.amounts["total"]).toBe(11847);
    expect(row.amounts["generalBudget"]).toBe(11847);
    expect(row.depth).toBe(3);
    expect(row.line).toBe(15);
  });

  it("表2: the 合计 row comes first with 7,267.81 and no code", () => {
    const [first] = seed.tables.table02.rows;
    expect(first?.role).toBe("total");
    expect(first?.code).toBeUndefined();
    expect(first?.amounts["total"]).toBe(726781);
  });

  it("表6: [30231] 公务用车运行维护费 is 2.25", () => {
    const row = byCode(seed.tables.table06.rows, "30231");
    expect(row.name).toBe("公务用车运行维护费");
    expect(row.amounts["amount"]).toBe(225);
    expect(toDecimalString(amount(row, "amount"))).toBe("2.25");
  });

  it("表6: the printed 合计 1,651.20 is stored as printed, not recomputed (classes sum to 1,651.21)", () => {
    const rows = seed.tables.table06.rows;
    expect(byName(rows, "合计").amounts["amount"]).toBe(165120);
    const classes = rows.filter((r) => r.code?.length === 3);
    expect(classes.map((r) => r.code)).toEqual(["301", "302", "303"]);
    expect(sum(classes.map((r) => amount(r, "amount")))).toBe(165121);
  });

  it("表8: “三公”经费 is 2.75", () => {
    const rows = seed.tables.table08.rows;
    const threePublic = byName(rows, "“三公”经费");
    expect(threePublic.item).toBe("threePublic");
    expect(threePublic.amounts["total"]).toBe(275);
    expect(rows.find((r) => r.item === "adminCosts")?.amounts["total"]).toBe(87150);
    expect(rows.find((r) => r.item === "reception")?.amounts["total"]).toBe(50);
  });

  it("表9 and 表10 hold only a zero 合计 row", () => {
    for (const table of [seed.tables.table09, seed.tables.table10]) {
      expect(table.rows).toHaveLength(1);
      expect(table.rows[0]?.role).toBe("total");
      expect(Object.values(table.rows[0]?.amounts ?? {})).toEqual([0, 0, 0]);
    }
  });

  it("表11: one spending unit with 3 categories", () => {
    const rows = seed.tables.table11.rows;
    const units = rows.filter((r) => r.role === "unit");
    expect(units.map((u) => u.name)).toEqual(["广州市花都区政务服务和数据管理局"]);
    const categories = rows.filter((r) => r.role === "detail");
    expect(categories.map((c) => c.name)).toEqual(["工资福利支出", "商品和服务支出", "对个人和家庭的补助"]);
    expect(categories.every((c) => c.unit === "广州市花都区政务服务和数据管理局")).toBe(true);
    expect(units[0]?.amounts["total"]).toBe(165120);
  });

  it("表12: 30 projects summing exactly to 5,616.61", () => {
    const rows = seed.tables.table12.rows;
    const projects = rows.filter((r) => r.role === "detail");
    expect(projects).toHaveLength(30);
    const total = sum(projects.map((p) => amount(p, "total")));
    expect(total).toBe(561661);
    expect(toDecimalString(total)).toBe("5616.61");
    expect(byName(rows, "合计").amounts["total"]).toBe(561661);
    expect(projects.every((p) => (p.texts["performanceGoal"] ?? "") !== "")).toBe(true);
  });

  it("key projects: 5 of the 表12 projects, with the same amounts", () => {
    const projects = seed.tables.table12.rows.filter((r) => r.role === "detail");
    expect(seed.tables.keyProjects.rows).toHaveLength(5);
    for (const key of seed.tables.keyProjects.rows) {
      expect(byName(projects, key.name).amounts["total"]).toBe(key.amounts["amount"]);
    }
  });

  it("the 情况说明 facts are exact amounts", () => {
    const { facts } = seed.explanation;
    expect(facts.income.amount.value).toBe(726781);
    expect(facts.income.change.value).toBe(295067);
    expect(facts.three_public.change.value).toBe(-15);
    expect(facts.admin_costs.amount).toEqual({ printed: "871.5", value: 87150 });
    expect(facts.procurement.total.value).toBe(113649);
  });
});
