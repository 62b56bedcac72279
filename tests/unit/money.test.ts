/**
 * Exact money: amounts are integer hundredths of 万元 from the printed text to every sum and back,
 * never a binary floating-point value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cents, parseAmount, sum, toDecimalString, type AmountResult } from "../../src/budget/money";

const ok = (value: number): AmountResult => ({ ok: true, value: cents(value) });
const problem = (p: Extract<AmountResult, { ok: false }>["problem"]): AmountResult => ({ ok: false, problem: p });

/** The largest amount accepted: 15 digits of hundredths. */
const MAX = 999_999_999_999_999;

describe("parseAmount", () => {
  it.each([
    ["7,267.81", 726781],
    ["7267.81", 726781],
    ["1,004.40", 100440],
    ["1,234,567.89", 123456789],
    ["1,234,567.8", 123456780],
    ["12,345", 1234500],
    ["0", 0],
    ["0.00", 0],
    ["0.5", 50],
    ["0.05", 5],
    ["0.10", 10],
    ["220", 22000],
    [" 12.30 ", 1230],
    ["0000012.30", 1230],
    ["9999999999999.99", MAX],
  ])("%j is %i hundredths", (raw, value) => {
    expect(parseAmount(raw)).toEqual(ok(value));
  });

  it("reads -0.00 and -0 as zero (not a negative amount, and not negative zero)", () => {
    for (const raw of ["-0.00", "-0", "-0.0"]) {
      const parsed = parseAmount(raw);
      expect(parsed).toEqual(ok(0));
      expect(parsed.ok && Object.is(parsed.value, -0)).toBe(false);
    }
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["12.345", "too-many-decimals"],
    ["1,522.095", "too-many-decimals"],
    ["0.001", "too-many-decimals"],
    ["１２３", "fullwidth"],
    ["２２０.００", "fullwidth"],
    ["1２3.45", "fullwidth"],
    ["123．45", "fullwidth"],
    ["1，234.00", "fullwidth"],
    ["－5.00", "fullwidth"],
    ["-1.00", "negative"],
    ["-159.35", "negative"],
    ["1,23.00", "bad-grouping"],
    ["72,67.81", "bad-grouping"],
    ["1,2345.00", "bad-grouping"],
    [",123", "bad-grouping"],
    ["9.00万元", "not-a-number"],
    ["三元", "not-a-number"],
    ["—", "not-a-number"],
    ["-", "not-a-number"],
    [".5", "not-a-number"],
    ["1.", "not-a-number"],
    ["+1", "not-a-number"],
    ["1e3", "not-a-number"],
    ["1 234.00", "not-a-number"],
    ["NaN", "not-a-number"],
    ["Infinity", "not-a-number"],
    ["10000000000000.00", "too-large"],
    ["72678100000000000", "too-large"],
  ] as const)("%j is rejected as %s", (raw, why) => {
    expect(parseAmount(raw)).toEqual(problem(why));
  });

  it("accepts negative amounts only where asked (signed changes in the 情况说明)", () => {
    expect(parseAmount("-0.15", { allowNegative: true })).toEqual(ok(-15));
    expect(parseAmount("-2,950.67", { allowNegative: true })).toEqual(ok(-295067));
    expect(parseAmount("-0.15")).toEqual(problem("negative"));
  });

  it("does not round through floating point: 0.29 and 1.15 stay exact", () => {
    // 0.29 * 100 = 28.999999999999996 and 1.15 * 100 = 114.99999999999999 in binary floating point.
    expect(parseAmount("0.29")).toEqual(ok(29));
    expect(parseAmount("1.15")).toEqual(ok(115));
    expect(parseAmount("4,445.60")).toEqual(ok(444560));
  });
});

describe("toDecimalString", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [50, "0.50"],
    [100, "1.00"],
    [726781, "7267.81"],
    [-15, "-0.15"],
    [-5, "-0.05"],
    [-295067, "-2950.67"],
    [MAX, "9999999999999.99"],
    [-MAX, "-9999999999999.99"],
  ])("%i → %s", (value, text) => {
    expect(toDecimalString(cents(value))).toBe(text);
  });

  it("round-trips with parseAmount for every amount in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX, max: MAX }), (value) => {
        expect(parseAmount(toDecimalString(cents(value)), { allowNegative: true })).toEqual(ok(value));
      }),
    );
  });
});

describe("cents and sums", () => {
  it("summing 0.10 ten times is exactly 1.00", () => {
    const dime = parseAmount("0.10");
    if (!dime.ok) throw new Error("0.10 did not parse");
    const total = sum(Array.from({ length: 10 }, () => dime.value));
    expect(total).toBe(100);
    expect(toDecimalString(total)).toBe("1.00");
    // What floating point would have given:
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1);
  });

  it("sums the seed's classes exactly (表6: 1516.82 + 97.96 + 36.43 = 1651.21)", () => {
    expect(sum([cents(151682), cents(9796), cents(3643)])).toBe(165121);
    expect(sum([])).toBe(0);
  });

  it("every sum of printed amounts is an exact integer", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999 }), { maxLength: 50 }), (values) => {
        const total = sum(values.map(cents));
        expect(Number.isSafeInteger(total)).toBe(true);
        expect(total).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it("refuses fractions and unsafe integers", () => {
    expect(() => cents(0.5)).toThrow(RangeError);
    expect(() => cents(Number.NaN)).toThrow(RangeError);
    expect(() => cents(2 ** 53)).toThrow(RangeError);
    expect(() => sum(Array.from({ length: 10 }, () => cents(MAX)))).toThrow(RangeError);
  });
});
