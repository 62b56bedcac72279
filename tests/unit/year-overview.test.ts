/** Departments compared per year: every figure in exact yuan, whatever unit its table prints. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import { departmentRankingChart, RANKED_DEPARTMENTS } from "../../src/charts/models";
import { yearCsv, yearJson } from "../../src/site/year-downloads";
import { yearOverview, yearsOf, yuanDecimal } from "../../src/site/year-overview";

let all: DepartmentYear[];
beforeAll(async () => {
  all = (await loadData("data")).departmentYears;
});

describe("departments compared per year", () => {
  it("lists the years newest first and each year's budgets by expenditure", () => {
    expect(yearsOf(all)).toEqual([2025, 2024, 2018]);
    expect(yearOverview(all, 2018).map((r) => r.dy.path)).toEqual(["2018/js-fy", "2018/js-jcy"]);
    expect(yearOverview(all, 2025).map((r) => r.dy.path)).toEqual([
      "2025/putuo-swj",
      "2025/putuo-swj-unit",
      "2025/putuo-wanli",
      "2025/huadu-zwfw",
    ]);
  });

  it("converts 万元, 元 and 元 to the 分 to yuan exactly", () => {
    const byPath = new Map(yearOverview(all, 2025).map((r) => [r.dy.path, r.fen]));
    // 广州: 7,267.81 万元 (本年支出合计) → 72,678,100 元; 行政经费 871.50 万元.
    expect(byPath.get("2025/huadu-zwfw")).toMatchObject({ expenditure: 7267810000, adminCosts: 871500000 });
    // 万里: 189,767,551 元; “三公” 37.91 万元 → 379,100 元.
    expect(byPath.get("2025/putuo-wanli")).toMatchObject({ expenditure: 18976755100, threePublic: 37910000 });
    // 商务委: 371,514,655.00 元, printed to the 分.
    expect(byPath.get("2025/putuo-swj")?.expenditure).toBe(37151465500);
    expect(yuanDecimal(12345)).toBe("123.45");
    expect(yuanDecimal(7267810000)).toBe("72678100");
  });

  it("compares the Jiangsu departments on the same figures: 万元 to two decimals, exactly", () => {
    const byPath = new Map(yearOverview(all, 2018).map((r) => [r.dy.path, r.fen]));
    // 江苏省人民检察院: 表1 收支合计 21,955.35 万元; 表3 基本 13,994.31, 项目 5,573.00; 表9 “三公” 484.30; 表11 2,722.57.
    expect(byPath.get("2018/js-jcy")).toEqual({
      income: 21955350000,
      expenditure: 21955350000,
      basic: 13994310000,
      project: 5573000000,
      threePublic: 484300000,
      adminCosts: 2722570000,
    });
    expect(yearCsv(all, 2018).split("\r\n")[1]).toBe(
      "js-fy,江苏省高级人民法院,部门预算,jiangsu-budget,331721500,331721500,185708200,113432700,6207500,34073800",
    );
  });

  it("leaves a figure the document does not state empty: 社会福利院 has no administrative costs", () => {
    const [row] = yearOverview(all, 2024).filter((r) => r.dy.path === "2024/putuo-fuliyuan");
    expect(row?.fen.adminCosts).toBeUndefined();
    expect(yearCsv(all, 2024).split("\r\n")[2]).toBe(
      "putuo-fuliyuan,上海市普陀区社会福利院,单位预算,shanghai-budget,12121164,12121164,9501164,2620000,64000,",
    );
    const json = yearJson(all, 2024).departments.find((d) => d.slug === "putuo-fuliyuan");
    expect(json?.figures).toEqual({
      income: "12121164",
      expenditure: "12121164",
      basic: "9501164",
      project: "2620000",
      threePublic: "64000",
    });
  });
});

describe("the year's department ranking chart", () => {
  it("draws each department's planned expenditure in yuan, largest first, and names the largest", () => {
    const chart = departmentRankingChart(yearOverview(all, 2025), "zh-CN");
    // 商务委员会's 部门预算 and its own 单位预算 (the same total): the unit's bar says so.
    expect(chart?.labels.slice(0, 2)).toEqual(["上海市普陀区商务委员会", "上海市普陀区商务委员会（单位预算）"]);
    expect(chart?.series[0]?.formatted).toEqual([
      "371,514,655.00",
      "371,514,655.00",
      "189,767,551.00",
      "72,678,100.00",
    ]);
    expect(chart?.series[0]?.values[3]).toBe(72678100);
    expect(chart?.summary).toBe("支出预算最多的4个部门中，上海市普陀区商务委员会最多，371,514,655.00元。");
  });

  it("draws no more than the top ten, and nothing for a single department", () => {
    const one = yearOverview(all, 2025).slice(0, 1);
    expect(departmentRankingChart(one, "en")).toBeUndefined();
    const many = Array.from({ length: 14 }, () => yearOverview(all, 2025)).flat();
    expect(departmentRankingChart(many, "en")?.labels).toHaveLength(RANKED_DEPARTMENTS);
  });
});
