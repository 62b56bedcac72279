/**
 * What a check records, beyond pass or fail: the figures of a stated percentage (the data-checks
 * page shows them, and a finding quotes what they follow from), and the sources it counts for.
 * On the seed's 情况说明 (data/2025/huadu-zwfw/explanation.yaml).
 */
import { describe, expect, it } from "vitest";
import { checksOf, reconcile, rulesOf } from "../../src/budget/reconcile";
import { amountCheck } from "../../src/budget/reconcile/checks";
import { loadDataFolder, loadSeed } from "../helpers/seed";
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

describe("an amount check with nothing printed on either side", () => {
  it("is recorded at the subject's table, 0 against 0: 表3's 合计 against 表2's, both rows taken out", async () => {
    const seed = await loadSeed();
    for (const id of ["table02", "table03"] as const) {
      const t = seed.tables[id] as unknown as { rows: { role: string }[] };
      t.rows = t.rows.filter((r) => r.role !== "total");
    }
    const result = reconcile(seed);
    const [check, ...more] = result.checks.filter((c) => c.rule === "x.t02-t03.code" && c.subject === undefined);
    expect(more).toEqual([]);
    expect(check).toEqual({
      rule: "x.t02-t03.code",
      tables: ["table03", "table02"],
      file: "2025/huadu-zwfw/table03.csv",
      row: "合计",
      quantity: "amount",
      printed: 0,
      computed: 0,
      difference: 0,
      tolerance: 0,
      status: "pass",
      parts: [],
      about: { zh: "表2", en: "Table 2" },
    });
    expect(Object.keys(check ?? {})).not.toContain("scale");
    // What does not add up is reported elsewhere, e.g. 表1's 本年收入合计 against a 表2 合计 that is not there.
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.line, f.column])).toContainEqual(
      ["x.t01-t02.income-total", 5, "预算"],
    );
  });

  it("needs somewhere to be reported: no subject, no part and no fallback is a programming error", async () => {
    const seed = await loadSeed();
    const [rule] = rulesOf(seed.profile);
    if (!rule) throw new Error("no rule");
    const ctx = { dy: seed, checks: [], rules: new Map([[rule.id, rule]]) };
    expect(() => amountCheck(ctx, rule, { subject: undefined, parts: [] })).toThrow(
      /needs a subject, a part or a fallback/,
    );
    expect(ctx.checks).toEqual([]);
  });
});

describe("a text check", () => {
  it("records the sentence it read and no figures where it compares words: the seed's 政府采购", async () => {
    const result = reconcile(await loadSeed());
    const check = result.checks.find((c) => c.rule === "explain.text" && c.row === "政府采购");
    expect(check?.parts).toEqual([]);
    expect(check?.about?.zh).toMatch(/^正文 sections\[3\]\.paragraphs\[0\]：“2025年本部门政府采购安排1,136\.49万元/);
    expect(check?.about?.en).toMatch(/^text sections\[3\]\.paragraphs\[0\]: /);
  });

  it("records the figures it follows from where it has them: 江苏 检察院 2018's 预留机动经费 增长 16 倍", async () => {
    const check = reconcile(await loadDataFolder("2018/js-jcy")).checks.find((c) => c.column === "facts.reserve.times");
    expect([check?.rule, check?.quantity, check?.found, check?.expected, check?.status]).toEqual([
      "explain.rate",
      "text",
      "增长 16 倍",
      "增长 16 倍",
      "pass",
    ]);
    expect(check?.parts.map((p) => [p.column, p.value])).toEqual([
      ["facts.reserve.amount", 238_804],
      ["facts.reserve.change", 224_784],
    ]);
  });
});

describe("the tolerance of an amount check", () => {
  /** A printed figure: `value` in units of 10^scale 元 (2: hundredths of 万元, 0: 元). */
  const cell = (line: number, value: number, scale = 2) => ({
    file: "2025/huadu-zwfw/table05.csv",
    source: "table05",
    line,
    column: "小计",
    row: `第 ${line} 行`,
    value,
    ...(scale === 2 ? {} : { scale }),
  });
  const ruleAndCtx = async (id: string) => {
    const seed = await loadSeed();
    const rule = rulesOf(seed.profile).find((r) => r.id === id);
    if (!rule) throw new Error(`no rule ${id}`);
    return { rule, ctx: { dy: seed, checks: [], rules: new Map([[rule.id, rule]]) } };
  };

  it("counts each non-zero 万元 part and the 元 parts' rounded sum as one rounded figure each", async () => {
    const { rule, ctx } = await ruleAndCtx("t05.total-row");
    // 10.01 against 5.00 + 0.00 + 49,999 元 (4.9999 万元, 5.00 rounded once): two rounded figures, ±0.015.
    const check = amountCheck(ctx, rule, {
      subject: cell(2, 1_001),
      parts: [cell(3, 500), cell(4, 0), cell(5, 49_999, 0)],
    });
    expect([check.printed, check.computed, check.difference, check.tolerance, check.status]).toEqual([
      1_001,
      1_000,
      1,
      1.5,
      "note",
    ]);
    expect(check.scale).toBeUndefined();
  });

  it("compares parts printed in two units in the coarser one even where the subject is missing", async () => {
    const { rule, ctx } = await ruleAndCtx("t05.total-row");
    const check = amountCheck(ctx, rule, {
      subject: undefined,
      parts: [cell(3, 500), cell(5, 49_999, 0)],
      row: "合计",
    });
    expect([check.printed, check.computed, check.tolerance, check.status, check.file, check.line]).toEqual([
      0,
      1_000,
      1.5,
      "error",
      "2025/huadu-zwfw/table05.csv",
      3,
    ]);
  });

  it("is 0 for a rule of equal figures, however many parts: 表1 支出总计 1,001 against 500 + 500", async () => {
    const { rule, ctx } = await ruleAndCtx("t01.balance");
    expect(rule.kind).toBe("equal");
    const check = amountCheck(ctx, rule, { subject: cell(2, 1_001), parts: [cell(3, 500), cell(4, 500)] });
    expect([check.difference, check.tolerance, check.status]).toEqual([1, 0, "error"]);
  });
});
