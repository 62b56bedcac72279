/**
 * Percentages as the documents print them, computed exactly (src/budget/reconcile/percent.ts):
 * the figures are the seed's 情况说明 (data/2025/huadu-zwfw/explanation.yaml, amounts in 万元 as
 * hundredths) and 江苏 检察院's 2018 rise (data/2018/js-jcy, tests/unit/jiangsu-documents.test.ts).
 */
import { describe, expect, it } from "vitest";
import {
  parsePercent,
  percentUnits,
  roundDiv,
  toHundredthsOfPercent,
  unitsText,
} from "../../src/budget/reconcile/percent";

describe("percentUnits", () => {
  it("gives the seed's printed percentages from its changes and prior years", () => {
    // 收入 7,267.81, up 2,950.67 on 4,317.14: 68.348…% → 68.3.
    expect(percentUnits(295_067, 431_714, 1)).toBe(683);
    // 机关运行经费 871.5, up 40.81 on 830.69: 4.912…% → 4.9.
    expect(percentUnits(4_081, 83_069, 1)).toBe(49);
    // “三公”经费 2.75, down 0.15 on 2.90: −5.172…% → −5.2; 公务用车 down 0.65: −22.41…% → −22.4.
    expect(percentUnits(-15, 290, 1)).toBe(-52);
    expect(percentUnits(-65, 290, 1)).toBe(-224);
    // No change is 0%.
    expect(percentUnits(0, 290, 1)).toBe(0);
  });

  it("works to two decimals: 江苏 检察院 2018, up 3,958.67 on 17,996.68 is 22.00% (the document prints 21.95%)", () => {
    expect(percentUnits(395_867, 1_799_668, 2)).toBe(2_200);
    expect(percentUnits(395_867, 1_799_668, 0)).toBe(22);
  });
});

describe("roundDiv", () => {
  it("rounds half away from zero, on both sides", () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(7n, 3n)).toBe(2n);
    expect(roundDiv(-7n, 3n)).toBe(-2n);
    expect(roundDiv(8n, 3n)).toBe(3n);
    expect(roundDiv(-8n, 3n)).toBe(-3n);
    expect(roundDiv(0n, 3n)).toBe(0n);
  });
});

describe("parsePercent", () => {
  it("reads the seed's facts as printed", () => {
    expect(parsePercent("68.3")).toEqual({ units: 683, decimals: 1 });
    expect(parsePercent("-5.2")).toEqual({ units: -52, decimals: 1 });
    expect(parsePercent("-22.4")).toEqual({ units: -224, decimals: 1 });
    expect(parsePercent("0")).toEqual({ units: 0, decimals: 0 });
    expect(parsePercent("21.95")).toEqual({ units: 2_195, decimals: 2 });
  });

  it("reads nothing else: 不可比, a % sign, a plus sign, spaces, a bare point", () => {
    for (const text of ["不可比", "68.3%", "+5.2", " 68.3", "68.3 ", "68.", ".3", "6 8.3", "-", ""]) {
      expect(parsePercent(text), text).toBeUndefined();
    }
  });
});

describe("unitsText", () => {
  it("prints units as the documents do", () => {
    expect(unitsText(683, 1)).toBe("68.3%");
    expect(unitsText(-52, 1)).toBe("-5.2%");
    expect(unitsText(-224, 1)).toBe("-22.4%");
    expect(unitsText(2_200, 2)).toBe("22.00%");
    expect(unitsText(22, 0)).toBe("22%");
    expect(unitsText(-22, 0)).toBe("-22%");
    expect(unitsText(0, 0)).toBe("0%");
  });

  it("keeps the leading zero of a share under one", () => {
    expect(unitsText(5, 1)).toBe("0.5%");
    expect(unitsText(-5, 1)).toBe("-0.5%");
    expect(unitsText(5, 2)).toBe("0.05%");
    expect(unitsText(0, 1)).toBe("0.0%");
  });
});

describe("toHundredthsOfPercent", () => {
  it("scales one and two decimals to hundredths, and refuses three", () => {
    expect(toHundredthsOfPercent(683, 1)).toBe(6_830);
    expect(toHundredthsOfPercent(-52, 1)).toBe(-520);
    expect(toHundredthsOfPercent(2_195, 2)).toBe(2_195);
    expect(toHundredthsOfPercent(22, 0)).toBe(2_200);
    expect(toHundredthsOfPercent(21_953, 3)).toBeUndefined();
  });
});
