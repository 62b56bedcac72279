/** The plain-language summary of a department-year home: the tables' figures, readable magnitude beside. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import {
  exactAmount,
  exactAmountParts,
  readableAmount,
  readableBeside,
  signedExactFigure,
} from "../../src/site/amount-text";
import { plainSummary } from "../../src/site/summary";

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

describe("amounts outside the tables", () => {
  it("keeps the printed unit in Chinese and counts in yuan in English, exactly", () => {
    expect(exactAmountParts(726781, 2, "zh-CN")).toEqual({ figure: "7,267.81", unit: "万元" });
    expect(exactAmountParts(726781, 2, "en")).toEqual({ figure: "72,678,100", unit: "yuan" });
    expect(exactAmount(189767551, 0, "zh-CN")).toBe("189,767,551元");
    expect(exactAmount(189767551, 0, "en")).toBe("189,767,551 yuan");
    // 花都's “三公” change, −0.15万元, is −1,500 yuan.
    expect(signedExactFigure(-15, 2, "en")).toBe("−1,500");
    expect(signedExactFigure(295067, 2, "zh-CN")).toBe("+2,950.67");
  });

  it("adds the magnitude only where it reads easier: 亿元 in Chinese, a million yuan and more in English", () => {
    expect(readableBeside(726781, 2, "zh-CN")).toBeUndefined();
    expect(readableBeside(189767551, 0, "zh-CN")).toBe("1.90亿元");
    expect(readableBeside(726781, 2, "en")).toBe("72.7 million yuan");
    // 花都's “三公” 2.75万元 is 27,500 yuan: no "0.03 million".
    expect(readableBeside(275, 2, "en")).toBeUndefined();
  });
});
