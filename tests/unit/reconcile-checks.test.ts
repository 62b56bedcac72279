/**
 * What a check records, beyond pass or fail: the figures of a stated percentage (the data-checks
 * page shows them, and a finding quotes what they follow from), and the sources it counts for.
 * On the seed's 情况说明 (data/2025/huadu-zwfw/explanation.yaml).
 */
import { describe, expect, it } from "vitest";
import { checksOf, reconcile } from "../../src/budget/reconcile";
import { loadSeed } from "../helpers/seed";
import { bump } from "./reconcile-mutations";

const percentChecks = async (edit?: (dy: Awaited<ReturnType<typeof loadSeed>>) => void) => {
  const seed = await loadSeed();
  edit?.(seed);
  const result = reconcile(seed);
  return { result, checks: result.checks.filter((c) => c.rule === "explain.percent") };
};

describe("a stated percentage", () => {
  it("is checked in hundredths of a percent where it is a number, as words where it is not", async () => {
    const { result, checks } = await percentChecks();
    expect(
      checks.map((c) => [c.row, c.quantity, c.printed, c.computed, c.difference, c.tolerance, c.status, c.column]),
    ).toEqual([
      ["收入预算", "percent", 6_830, 6_830, 0, 0, "pass", "facts.income.percent"],
      ["支出预算", "percent", 6_830, 6_830, 0, 0, "pass", "facts.expenditure.percent"],
      ["“三公”经费", "percent", -520, -520, 0, 0, "pass", "facts.three_public.percent"],
      // 0 on a prior of 0: either 0% or 不可比 would do, so it is compared as words.
      ["因公出国（境）费", "text", undefined, undefined, undefined, undefined, "pass", "facts.abroad.percent"],
      ["公务用车购置及运行维护费", "percent", -2_240, -2_240, 0, 0, "pass", "facts.vehicles.percent"],
      ["公务接待费", "text", undefined, undefined, undefined, undefined, "pass", "facts.reception.percent"],
      ["机关运行经费", "percent", 490, 490, 0, 0, "pass", "facts.admin_costs.percent"],
    ]);
    expect(checks.map((c) => [c.found, c.expected])).toContainEqual(["不可比", "不可比"]);
    // Each counts for the 情况说明 on the data-checks page.
    expect(checks.every((c) => c.file === "2025/huadu-zwfw/explanation.yaml")).toBe(true);
    expect(checksOf(result, "explanation")).toEqual(expect.arrayContaining(checks));
  });

  it("that is wrong is an error quoting the figures it follows from: 机关运行经费 4.8% for 4.9%", async () => {
    const { result, checks } = await percentChecks((dy) => {
      dy.explanation.facts.admin_costs.percent = "4.8";
    });
    const admin = checks.find((c) => c.row === "机关运行经费");
    expect(admin).toMatchObject({ printed: 480, computed: 490, difference: -10, tolerance: 0, status: "error" });
    const finding = result.findings.find((f) => f.rule === "explain.percent");
    expect([finding?.file, finding?.column, finding?.severity]).toEqual([
      "2025/huadu-zwfw/explanation.yaml",
      "facts.admin_costs.percent",
      "error",
    ]);
    expect(finding?.message.zh).toContain("本年 871.50，增减 40.81，上年即 830.69");
    expect(finding?.message.en).toContain("this year 871.50, change 40.81, so last year 830.69");
  });
});

describe("a check of words", () => {
  it("says why in its finding: 表9's note 无。 where the table is all 0.00", async () => {
    const seed = await loadSeed();
    seed.meta.table_notes.table09 = "无。";
    const [finding] = reconcile(seed).findings.filter((f) => f.rule === "doc.empty-table-note");
    expect([finding?.file, finding?.column, finding?.severity]).toEqual([
      "2025/huadu-zwfw/department.yaml",
      "table_notes.table09",
      "error",
    ]);
    expect(finding?.message.zh).toContain("“无。”");
    expect(finding?.message.zh).toContain("本表本年无发生额。");
    expect(finding?.message.zh).toContain("本表金额全为 0");
    expect(finding?.message.en).toContain("every amount in the table is 0");
  });
});

describe("the likely cell of a mistake", () => {
  /** The seed with 10.00 added to the 表5 cell at (CSV line, column). */
  const likelyAfter = async (line: number, header: string) => {
    const seed = await loadSeed();
    bump("table05", line, header, 1_000)(seed);
    return reconcile(seed).findings.filter((f) => f.rule === "locate.likely-cell");
  };

  it("is named with the value its failed checks imply: 表5 行政运行's 基本支出 589.39 typed as 599.39", async () => {
    const found = await likelyAfter(5, "基本支出");
    expect(found.map((f) => [f.file, f.line, f.column, f.value, f.check?.printed, f.check?.computed])).toEqual([
      ["2025/huadu-zwfw/table05.csv", 5, "基本支出", "599.39", 59_939, 58_939],
    ]);
    expect(found[0]?.message.zh).toContain("589.39");
  });

  it("takes a subtotal's own checks at their computed value: [20103]'s 小计 6,339.07 typed as 6,349.07", async () => {
    const found = await likelyAfter(4, "小计");
    expect(found.map((f) => [f.line, f.column, f.check?.printed, f.check?.computed])).toEqual([
      [4, "小计", 634_907, 633_907],
    ]);
  });

  it("is named without a value where its checks imply different ones: [201]'s 小计 typed as 6,349.07", async () => {
    // Its own checks imply 6,339.07; the 合计 row, already 0.01 off its classes in the seed (a
    // rounding note), implies 6,339.06: so no value is suggested.
    const found = await likelyAfter(3, "小计");
    expect(found.map((f) => [f.line, f.column, f.check])).toEqual([[3, "小计", undefined]]);
  });
});
