/** The plain-language summary of a department-year home: the tables' figures, readable magnitude beside. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadData, type DepartmentYear } from "../../src/budget/load";
import { plainSummary, readableAmount } from "../../src/site/summary";

let seed: DepartmentYear;
let wanli: DepartmentYear;
beforeAll(async () => {
  const all = (await loadData("data")).departmentYears;
  const find = (path: string): DepartmentYear => {
    const dy = all.find((d) => d.path === path);
    if (!dy) throw new Error(`${path} did not load`);
    return dy;
  };
  seed = find("2025/huadu-zwfw");
  wanli = find("2025/putuo-wanli");
});

describe("plain-language summary", () => {
  it("says what the seed department plans to spend, the change and the split, in both languages", () => {
    expect(plainSummary(seed, "zh-CN").join("")).toBe(
      "2025年，计划支出7,267.81万元。比2024年预算增加2,950.67万元。其中基本支出1,651.20万元，占22.7%；项目支出5,616.61万元，占77.3%。支出最多的是一般公共服务支出，6,339.07万元，占87.2%。",
    );
    expect(plainSummary(seed, "en")[0]).toBe("In 2025 the plan is to spend 72,678,100 yuan (about 72.7 million yuan).");
  });

  it("gives a 元 total a readable magnitude, and the change only where it is the total's", () => {
    expect(plainSummary(wanli, "zh-CN").slice(0, 2)).toEqual([
      "2025年，计划支出189,767,551元（约1.90亿元）。",
      "比2024年预算增加3,355.65万元。",
    ]);
    expect(readableAmount(12121164, 0, "zh-CN")).toBe("1,212万元");
    expect(readableAmount(189767551, 0, "en")).toBe("190 million yuan");
    expect(readableAmount(726781, 2, "en")).toBe("72.7 million yuan");
  });
});
