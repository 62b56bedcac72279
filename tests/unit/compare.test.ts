/** Year over year, on 万里街道 2025 against 2024: rows matched by code, name or column, exactly. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import { compareYears, priorYearOf, type TableComparison } from "../../src/site/compare";
import { departmentParts, departments } from "../../src/site/routes";

let all: DepartmentYear[];
let wanli2025: DepartmentYear;
let wanli2024: DepartmentYear;
let tables: TableComparison[];
beforeAll(async () => {
  all = (await loadData("data")).departmentYears;
  const find = (path: string) => {
    const dy = all.find((d) => d.path === path);
    if (!dy) throw new Error(`${path} did not load`);
    return dy;
  };
  wanli2025 = find("2025/putuo-wanli");
  wanli2024 = find("2024/putuo-wanli");
  tables = compareYears(wanli2025, wanli2024);
});

const table = (id: string): TableComparison => {
  const t = tables.find((c) => c.spec.id === id);
  if (!t) throw new Error(`no comparison of ${id}`);
  return t;
};

describe("year over year", () => {
  it("finds last year of the same department, and only there offers a comparison page", () => {
    expect(priorYearOf(wanli2025, all)?.path).toBe("2024/putuo-wanli");
    expect(departmentParts(wanli2025, all)).toContain("compare");
    expect(departmentParts(wanli2024, all)).not.toContain("compare");
    expect(departments(all).map((d) => [d.slug, d.years.map((y) => y.year)])).toEqual([
      ["huadu-zwfw", [2025]],
      ["js-fy", [2018]],
      ["js-jcy", [2018]],
      ["putuo-fuliyuan", [2024]],
      ["putuo-swj", [2025]],
      ["putuo-swj-unit", [2025]],
      ["putuo-wanli", [2025, 2024]],
    ]);
  });

  it("compares every table both years publish, in printed order", () => {
    expect(tables.map((t) => t.spec.id)).toEqual([
      "table01",
      "table02",
      "table03",
      "table04",
      "table05",
      "table06",
      "table07",
      "table08",
      "table09",
    ]);
  });

  it("matches two-sided lines by name: 财政拨款收入 +33,556,428 元, +21.5%", () => {
    const line = table("table01").rows.find((r) => r.row.name === "一、财政拨款收入");
    expect(line).toMatchObject({
      status: "both",
      current: 189767551,
      prior: 156211123,
      change: 33556428,
      permille: 215,
    });
  });

  it("matches classified rows by code, and marks rows that appear or disappear", () => {
    const rows = table("table02").rows;
    expect(rows.find((r) => r.code === "2010507")).toMatchObject({ status: "both", current: 438300, prior: 257700 });
    const appeared = rows.filter((r) => r.status === "new").map((r) => r.code);
    const gone = rows.filter((r) => r.status === "gone").map((r) => r.code);
    // Every code is either in both years or marked, never dropped.
    const codes2025 = (wanli2025.tables as Record<string, { rows: { code?: string }[] }>)["table02"]?.rows.map(
      (r) => r.code,
    );
    const codes2024 = (wanli2024.tables as Record<string, { rows: { code?: string }[] }>)["table02"]?.rows.map(
      (r) => r.code,
    );
    for (const code of appeared) expect(codes2024).not.toContain(code);
    for (const code of gone) expect(codes2025).not.toContain(code);
    expect(rows.length).toBe(new Set([...(codes2025 ?? []), ...(codes2024 ?? [])]).size);
  });

  it("compares the one-row “三公” table column by column, in 万元", () => {
    const t = table("table09");
    expect(t.scale).toBe(2);
    expect(t.rows.map((r) => [r.column, r.current, r.prior, r.change])).toEqual([
      ["threePublic", 3791, 4791, -1000],
      ["abroad", 0, 0, 0],
      ["reception", 135, 135, 0],
      ["vehicles", 3656, 4656, -1000],
      ["vehiclePurchase", 1500, 2500, -1000],
      ["vehicleOperation", 2156, 2156, 0],
      ["adminCosts", 46464, 44318, 2146],
    ]);
  });
});
