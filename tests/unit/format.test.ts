/**
 * Figures for readers (src/budget/format.ts), with the documents' own figures: 花都 政务服务
 * 2025 (data/2025/huadu-zwfw: 万元 to the hundredth, so 7,267.81 is 726781), 普陀 万里 2025
 * (whole 元), 普陀 税务局 2025 (元 to the 分), 江苏 检察院 2018's 21.95%, and the tolerances the
 * checks page states.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  formatBytes,
  formatMoney,
  formatPercent,
  formatProseMoney,
  formatRounded,
  formatShare,
  formatSignedMoney,
  formatStatedPercent,
  formatTenths,
  percentText,
  signedDecimalText,
  toleranceText,
  trimmedDecimal,
  unitWord,
} from "../../src/budget/format";
import { parseAmount } from "../../src/budget/money";
import { money, signedMoney } from "../../src/budget/reconcile/cells";

/** The first quoted amount of a CSV line, as printed. */
const printed = (file: string, line: number): string => {
  const text = readFileSync(file, "utf8").split("\n")[line - 1] ?? "";
  return /"([\d,.]+)"/.exec(text)?.[1] ?? "";
};

const amountOf = (text: string, decimals: number): number => {
  const parsed = parseAmount(text, { decimals });
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.value;
};

/** The largest amount parseAmount accepts: 15 digits of the smallest unit. */
const MAX = 999_999_999_999_999;

describe("money, exact, in the unit its table prints", () => {
  it.each([
    ["data/2025/huadu-zwfw/table01.csv", 2, 2, "7,267.81", 726781],
    ["data/2025/putuo-wanli/table02.csv", 51, 0, "94,995,790", 94995790],
    ["data/2025/putuo-swj/table04.csv", 2, -2, "371,514,655.00", 37151465500],
  ])("%s line %i (scale %i) prints %s again", (file, line, scale, text, value) => {
    const cell = printed(file, line);
    expect(cell).toBe(text);
    const count = amountOf(cell, scale > 0 ? 4 - scale : -scale);
    expect(count).toBe(value);
    expect(formatMoney(count, "zh-CN", scale)).toBe(text);
    expect(formatMoney(count, "zh", scale)).toBe(text);
    expect(formatMoney(count, "en", scale)).toBe(text);
  });

  it("prints zero and negatives with the table's decimals", () => {
    expect(formatMoney(0, "zh-CN")).toBe("0.00");
    expect(formatMoney(0, "en", 0)).toBe("0");
    expect(formatMoney(0, "en", -2)).toBe("0.00");
    expect(formatMoney(50, "zh")).toBe("0.50");
    expect(formatMoney(-15, "zh")).toBe("-0.15");
  });

  it("is exact up to 2^53 − 1 in the smallest unit, and refuses what a number cannot hold", () => {
    expect(formatMoney(MAX, "zh")).toBe("9,999,999,999,999.99");
    expect(formatMoney(-MAX, "en")).toBe("-9,999,999,999,999.99");
    // A binary double would give …409.9 or …410: the decimal string keeps every digit.
    expect(formatMoney(2 ** 53 - 1, "zh")).toBe("90,071,992,547,409.91");
    expect(formatMoney(2 ** 53 - 1, "en", 0)).toBe("9,007,199,254,740,991");
    expect(() => formatMoney(2 ** 53, "zh")).toThrow(RangeError);
    expect(() => formatMoney(0.5, "zh")).toThrow(RangeError);
  });

  it("reads back as the same amount", () => {
    for (const value of [0, 5, 726781, 123456789012345, MAX]) {
      expect(parseAmount(formatMoney(value, "zh-CN"))).toEqual({ ok: true, value });
    }
  });

  it("names the unit of a scale", () => {
    expect([unitWord(2), unitWord(0), unitWord(-2)]).toEqual(["万元", "元", "元"]);
  });
});

describe("signed money", () => {
  it("signs changes with a plus or a true minus; zero has no sign", () => {
    // 花都 2025: 收入 up 2,950.67 on the year; “三公”经费 down 0.15.
    expect(formatSignedMoney(295067, "zh-CN")).toBe("+2,950.67");
    expect(formatSignedMoney(-15, "en")).toBe("\u22120.15");
    expect(formatSignedMoney(0, "zh-CN")).toBe("0.00");
    expect(formatSignedMoney(0, "en", 0)).toBe("0");
    expect(formatSignedMoney(1, "zh", 0)).toBe("+1");
    expect(formatSignedMoney(-MAX, "zh")).toBe("\u22129,999,999,999,999.99");
  });

  it("is the same in the checks' messages, which add the unit a scale other than 万元 needs", () => {
    expect(signedMoney(-1, "zh")).toBe("\u22120.01");
    expect(signedMoney(0, "zh")).toBe("0.00");
    expect(signedMoney(0, "en", 0)).toBe("0 元");
    expect(signedMoney(1, "en", 0)).toBe("+1 元");
    expect(money(94995790, "zh", 0)).toBe("94,995,790 元");
    expect(money(726781, "en")).toBe("7,267.81");
  });

  it("keeps a stated change's text as the schema holds it", () => {
    expect(signedDecimalText("0.15", true)).toBe("-0.15");
    expect(signedDecimalText("2,950.67", false)).toBe("2,950.67");
    expect(signedDecimalText("0", true)).toBe("0");
    expect(signedDecimalText("0.00", true)).toBe("0.00");
  });
});

describe("amounts in prose and rounded figures", () => {
  it("drops trailing zeros and the sign, as the 情况说明 prints amounts", () => {
    expect(formatProseMoney(726781, "zh")).toBe("7,267.81");
    expect(formatProseMoney(87150, "zh")).toBe("871.5");
    expect(formatProseMoney(-2000, "en")).toBe("20");
    expect(formatProseMoney(0, "zh")).toBe("0");
  });

  it("rounds figures that are only displayed, with the locale's separators", () => {
    expect(formatRounded(72678100 / 1e8, "zh-CN", 2)).toBe("0.73");
    expect(formatRounded(72.6781, "en", 1)).toBe("72.7");
    expect(formatRounded(1615069.4, "en")).toBe("1,615,069");
  });

  it("prints an exact decimal without trailing zeros", () => {
    expect(trimmedDecimal(6830, 2)).toBe("68.3");
    expect(trimmedDecimal(2000, 2)).toBe("20");
    expect(trimmedDecimal(-5, 1)).toBe("-0.5");
    expect(trimmedDecimal(100, 0)).toBe("100");
    expect(trimmedDecimal(0, 2)).toBe("0");
  });
});

describe("percentages", () => {
  it("prints a document's percentage as it does, in any language", () => {
    expect(percentText(6830)).toBe("68.3%");
    // 江苏 检察院 2018 prints 21.95%; its figures give 22.00%.
    expect(percentText(2195)).toBe("21.95%");
    expect(percentText(2200)).toBe("22%");
    expect(percentText(-520)).toBe("-5.2%");
  });

  it("shows stated percentages to one decimal, signed, with a true minus", () => {
    expect(formatStatedPercent("68.3", "zh-CN", "不可比")).toBe("+68.3%");
    expect(formatStatedPercent("-5.2", "en", "not comparable")).toBe("\u22125.2%");
    expect(formatStatedPercent("0", "en", "not comparable")).toBe("0.0%");
    expect(formatStatedPercent("不可比", "en", "not comparable")).toBe("not comparable");
    expect(formatPercent("21.95", "zh", true)).toBe("+22.0%");
  });

  it("rounds half away from zero from the exact decimal, not from a binary value", () => {
    expect(formatPercent("68.35", "zh-CN")).toBe("68.4%");
    expect(formatPercent("-22.45", "en", true)).toBe("\u221222.5%");
    expect(formatPercent("0.05", "en")).toBe("0.1%");
  });

  it("gives shares in tenths of a percent", () => {
    // 花都 2025 表3: 一般公共服务支出 6,339.07 of 7,267.81.
    expect(formatShare(633907, 726781, "zh-CN")).toBe("87.2%");
    expect(formatShare(633907, 0, "en")).toBeUndefined();
    expect(formatTenths(872, "en")).toBe("87.2%");
    expect(formatTenths(0, "zh")).toBe("0.0%");
    expect(formatTenths(-17, "zh", true)).toBe("\u22121.7%");
  });
});

describe("tolerances and sizes", () => {
  it("states a tolerance in the unit of its scale, half units included", () => {
    expect(toleranceText(2)).toBe("0.02");
    expect(toleranceText(2.5)).toBe("0.025");
    expect(toleranceText(8.5)).toBe("0.085");
    expect(toleranceText(17)).toBe("0.17");
    expect(toleranceText(2.5, 0)).toBe("2.5 元");
    expect(toleranceText(1, 0)).toBe("1 元");
    expect(toleranceText(50.5, -2)).toBe("0.505 元");
  });

  it("prints byte sizes in KB and MB, never a file with bytes as 0 KB", () => {
    expect(formatBytes(0)).toBe("0 KB");
    expect(formatBytes(100)).toBe("1 KB");
    expect(formatBytes(263168)).toBe("257 KB");
    expect(formatBytes(14.2 * 1024 * 1024)).toBe("14.2 MB");
    expect(formatBytes(14.2 * 1024 * 1024, 1)).toBe("14.20 MB");
    expect(formatBytes(263000, 1)).toBe("256.8 KB");
    expect(formatBytes(20, 1)).toBe("0.1 KB");
  });
});

describe("Intl formatters", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("are made once per language and option set", () => {
    const Original = Intl.NumberFormat;
    const made = vi.spyOn(Intl, "NumberFormat").mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.NumberFormat>
    ) {
      return new Original(...args);
    });
    // An option set no other test uses: 3 decimals, rounded.
    for (let i = 0; i < 5; i++) {
      formatRounded(i / 7, "en", 3);
      formatRounded(i / 7, "zh-CN", 3);
      formatRounded(i / 7, "zh", 3);
    }
    expect(made).toHaveBeenCalledTimes(2);
  });
});
