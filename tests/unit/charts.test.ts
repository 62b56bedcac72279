import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { homeCharts, tableCharts, type ChartModel } from "../../src/charts/models";
import { sharesInTenths } from "../../src/site/shares";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import { formatMoney } from "../../src/budget/format";
import { cents } from "../../src/budget/money";
import type { BudgetTable } from "../../src/budget/model";

let seed: DepartmentYear;
let synthetic: DepartmentYear;
let wanli: DepartmentYear;
beforeAll(async () => {
  const [a, b, c] = await Promise.all([
    loadData("data", "2025/huadu-zwfw"),
    loadData("tests/fixtures/synthetic"),
    loadData("data", "2025/putuo-wanli"),
  ]);
  if (!a.departmentYears[0] || !b.departmentYears[0] || !c.departmentYears[0]) throw new Error("fixtures did not load");
  seed = a.departmentYears[0];
  synthetic = b.departmentYears[0];
  wanli = c.departmentYears[0];
});

const byId = (models: ChartModel[], id: string): ChartModel => {
  const model = models.find((m) => m.id === id);
  if (!model) throw new Error(`no chart ${id}; have ${models.map((m) => m.id).join(", ")}`);
  return model;
};

describe("shares", () => {
  it("always add up to exactly 100.0%", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 30 }), (values) => {
        const shares = sharesInTenths(values);
        const total = values.reduce((a, b) => a + b, 0);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 1000);
        shares.forEach((s) => expect(s).toBeGreaterThanOrEqual(0));
      }),
    );
  });

  it("match the seed's function classes, rounded so that they add up", () => {
    // 6,339.07 / 220.00 / 215.65 / 493.10 of 7,267.82
    expect(sharesInTenths([633907, 49310, 22000, 21565])).toEqual([872, 68, 30, 30]);
  });
});

describe("charts of a Shanghai department-year (amounts in 元)", () => {
  it("pictures its own tables, in their unit", () => {
    expect(homeCharts(wanli, "zh-CN").map((m) => [m.id, m.table, m.unit])).toEqual([
      ["table03-by-function", "table03", "元"],
      ["basic-vs-project", "table03", "元"],
      ["three-public", "table09", "万元"],
    ]);
    const split = byId(homeCharts(wanli, "zh-CN"), "basic-vs-project");
    expect(split.summary).toBe("基本支出与项目支出：基本支出101,341,746元，占53.4%和项目支出88,425,805元，占46.6%。");
    expect(split.series[0]?.values).toEqual([101341746, 88425805]);
    const threePublic = byId(tableCharts(wanli, "table09", "en"), "three-public");
    // Travel abroad is 0 and stays out; the three others add up to the printed 37.91.
    expect(threePublic.labels).toEqual([
      "Official vehicle operation",
      "Official vehicle purchase",
      "Official receptions",
    ]);
    expect(threePublic.series[0]?.formatted).toEqual(["21.56", "15.00", "1.35"]);
    expect(tableCharts(wanli, "table08", "zh-CN").map((m) => m.id)).toEqual(["table08-by-economic"]);
  });
});

describe("charts of the seed", () => {
  it("puts the expected charts on the home page and the table pages", () => {
    expect(homeCharts(seed, "zh-CN").map((m) => m.id)).toEqual([
      "table03-by-function",
      "basic-vs-project",
      "three-public",
      "year-over-year",
    ]);
    expect(tableCharts(seed, "table12", "zh-CN").map((m) => m.id)).toEqual(["projects-ranked"]);
    expect(tableCharts(seed, "table08", "zh-CN").map((m) => m.id)).toEqual(["three-public", "three-public-yoy"]);
    // 表9 and 表10 are empty: no chart rather than an empty one.
    expect(tableCharts(seed, "table09", "zh-CN")).toEqual([]);
  });

  it("states the main message with figures that match the tables", () => {
    const byFunction = byId(homeCharts(seed, "zh-CN"), "table03-by-function");
    expect(byFunction.summary).toBe(
      "支出按功能分类：一般公共服务支出6,339.07万元，占87.2%、住房保障支出493.10万元，占6.8%、科学技术支出220.00万元，占3.0%和社会保障和就业支出215.65万元，占3.0%。",
    );
    const table03 = (seed.tables as Record<string, BudgetTable>)["table03"]?.rows.filter((r) => r.depth === 1) ?? [];
    const printed = table03.map((r) => formatMoney(r.amounts["total"] ?? cents(0), "zh-CN"));
    expect([...(byFunction.series[0]?.formatted ?? [])].sort()).toEqual([...printed].sort());
    expect(byFunction.shares?.reduce((a, b) => a + b, 0)).toBe(1000);
    // The legend and tooltips write the shares as the summary does.
    expect(byFunction.shareTexts).toEqual(["87.2%", "6.8%", "3.0%", "3.0%"]);
  });

  it("ranks the 30 projects of 表12 and names the largest", () => {
    const ranked = byId(tableCharts(seed, "table12", "zh-CN"), "projects-ranked");
    expect(ranked.labels).toHaveLength(30);
    const values = ranked.series[0]?.values ?? [];
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(ranked.summary).toBe("共30个项目，合计5,616.61万元；金额最大的是花都区数字政府运维服务项目，1,004.40万元。");
  });

  it("compares with the previous year as the 情况说明 states it", () => {
    const yoy = byId(tableCharts(seed, "table08", "zh-CN"), "three-public-yoy");
    expect(yoy.series.map((s) => s.label)).toEqual(["2024年", "2025年"]);
    expect(yoy.series[0]?.formatted).toEqual(["2.90", "0.00", "2.90", "0.00"]);
    expect(yoy.summary).toContain("“三公”经费减少0.15万元");
    expect(yoy.summary).toContain("因公出国（境）费与上年持平");
  });

  it("speaks English on English pages, with no Chinese left in the seed's charts", () => {
    for (const model of [...homeCharts(seed, "en"), ...tableCharts(seed, "table12", "en")]) {
      expect(`${model.title} ${model.labels.join(" ")} ${model.summary}`, model.id).not.toMatch(/[\u3400-\u9fff]/);
    }
    expect(byId(homeCharts(seed, "en"), "table03-by-function").summary).toContain(
      "General public services 6,339.07 (87.2%)",
    );
  });
});

describe("charts of the synthetic department-year", () => {
  it("show its other shape: income sources, several funds, all parts of the three public expenses", () => {
    const charts = homeCharts(synthetic, "zh-CN");
    expect(charts.map((m) => m.id)).toContain("income-by-source");
    expect(byId(charts, "income-by-source").labels).toEqual(expect.arrayContaining(["事业收入", "一般公共预算"]));
    expect(byId(charts, "three-public").labels).toHaveLength(4);
    for (const model of charts) expect(model.shares?.reduce((a, b) => a + b, 0) ?? 1000).toBe(1000);
  });
});
