/**
 * The catalogue's rules (src/budget/reconcile/catalogue.ts) beyond their ids: what a rule's
 * message says about its check — the figures, where the computed side comes from, whether
 * rounding explains the difference, a missing row, a figure with no counterpart — and the
 * identities the tables imply. On the seed (data/2025/huadu-zwfw) with one figure changed or one
 * row taken out. Messages are checked for the facts they carry, not for their wording.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/budget/findings";
import { GUANGZHOU_BUDGET } from "../../src/budget/profiles/guangzhou-budget";
import { TABLES } from "../../src/budget/profiles/guangzhou-budget/tables";
import { reconcile, rulesOf } from "../../src/budget/reconcile";
import type { DepartmentYear } from "../../src/budget/model";
import type { TableSpec } from "../../src/budget/profiles/types";
import { sumTolerance, tableRule, tableRules } from "../../src/budget/reconcile/catalogue";
import { cloneDepartmentYear, loadDataFolder, loadSeed, type CompleteGuangzhou } from "../helpers/seed";
import { bump } from "./reconcile-mutations";

let seed: CompleteGuangzhou;
let fuliyuan: DepartmentYear;
beforeAll(async () => {
  [seed, fuliyuan] = await Promise.all([loadSeed(), loadDataFolder("2024/putuo-fuliyuan")]);
});

const errorsOf = (dy: DepartmentYear): Finding[] => reconcile(dy).findings.filter((f) => f.severity === "error");
const at = (findings: Finding[], rule: string, line: number, column: string): Finding => {
  const f = findings.find((g) => g.rule === rule && g.line === line && g.column === column);
  if (!f) throw new Error(`no ${rule} at ${line} “${column}”: ${JSON.stringify(findings.map((g) => g.rule))}`);
  return f;
};

describe("a sum's tolerance", () => {
  it("is 0.5 × (n + 1) hundredths for n ≥ 2 non-zero parts, and 0 where total and part are one figure", () => {
    expect([0, 1, 2, 3, 4, 24].map(sumTolerance)).toEqual([0, 0, 1.5, 2, 2.5, 12.5]);
  });
});

describe("a sum's message", () => {
  it("beyond a tolerance says rounding cannot explain it, with the rule's own hint: 表5 行政运行 基本支出 1.00 too high", () => {
    const dy = cloneDepartmentYear(seed);
    bump("table05", 5, "基本支出", 100)(dy);
    const f = at(errorsOf(dy), "t05.subtotal", 5, "小计");
    expect(f.check).toMatchObject({ printed: 152_209, computed: 152_309, difference: -100, tolerance: 1.5 });
    // The parts are on the subject's own row: named by their columns.
    expect(f.message.zh).toContain("本行“基本支出”“项目支出”之和为 1,523.09");
    expect(f.message.zh).toContain("（±0.015）");
    expect(f.message.zh).toContain("超出");
    expect(f.message.en).toContain("more than rounding can explain (±0.015)");
    expect(f.hint.zh).not.toContain("尾差");
    expect(f.hint.en).not.toContain("rounding");
  });

  it("with no tolerance says nothing of rounding: 表1 支出总计 1.00 too high", () => {
    const dy = cloneDepartmentYear(seed);
    bump("table01", 39, "预算", 100)(dy);
    const f = at(errorsOf(dy), "t01.grand-total", 39, "预算");
    expect(f.check?.tolerance).toBe(0);
    expect(f.message.zh).toContain("为 7,268.81");
    expect(f.message.zh).toContain("第 35–38 行“预算”");
    expect(f.message.zh).toContain("之和为 7,267.81");
    expect(f.message.zh).toContain("相差 +1.00");
    expect(f.message.zh).not.toContain("四舍五入");
    expect(f.message.en).not.toContain("rounding");
    // The message ends with the difference: no verdict follows it.
    expect(f.message.zh).toMatch(/相差 \+1\.00$/);
    expect(f.message.en).toMatch(/\(difference \+1\.00\)$/);
  });

  it("within the tolerance is a note that says so, with a rounding hint", () => {
    const note = reconcile(seed).findings.find((f) => f.rule === "t01.year-total");
    expect(note?.message.zh).toContain("在四舍五入尾差允许范围（±0.025）内");
    expect(note?.message.en).toContain("within what rounding explains (±0.025)");
    expect(note?.hint.zh).toContain("尾差");
  });
});

describe("an equality's message", () => {
  it("names both places and the difference: 表1 支出总计 against 收入总计", () => {
    const dy = cloneDepartmentYear(seed);
    bump("table01", 39, "预算", 100)(dy);
    const f = at(errorsOf(dy), "t01.balance", 39, "预算");
    expect(f.message.zh).toContain("“支出总计”的“预算”为 7,268.81");
    expect(f.message.zh).toContain("第 9 行“预算”为 7,267.81");
    expect(f.message.zh).toContain("相差 +1.00");
    expect(f.message.en).toContain("line 9, “预算” says 7,267.81");
    expect(f.hint.zh.length * f.hint.en.length).toBeGreaterThan(0);
  });
});

describe("a missing row's message", () => {
  /** The seed without 表3's [201] (line 3). */
  const without201 = (): Finding[] => {
    const dy = cloneDepartmentYear(seed);
    const t03 = dy.tables.table03 as unknown as { rows: { line: number }[] };
    t03.rows = t03.rows.filter((r) => r.line !== 3);
    return errorsOf(dy);
  };

  it("names the table and the row, and what its parts come to: 表3 without [201]", () => {
    const f = at(without201(), "t03.parent-sum", 4, "合计");
    expect(f.message.zh).toContain("表3中没有“[201]一般公共服务支出”这一行");
    expect(f.message.zh).toContain("合计为 6,339.07");
    expect(f.message.en).toContain("Table 3 has no row “[201]一般公共服务支出”");
    expect(f.message.en).toContain("come to 6,339.07");
  });

  it("where the other table has no counterpart, says which: 表1's class against 表3's missing [201]", () => {
    const f = at(without201(), "x.t01-t03.class", 10, "预算");
    expect(f.message.zh).toContain("“一、一般公共服务支出”的“预算”为 6,339.07");
    expect(f.message.zh).toContain("表3 该类的基本支出、项目支出、事业单位经营支出中没有与之对应的行");
    expect(f.message.en).toContain(
      "Table 3's basic, project and business expenditure of the class has no corresponding row",
    );
  });
});

describe("an equality's message where a row is missing", () => {
  it("on the side of the printed figure names the table and what the other side says: 表3 without [201]", () => {
    const dy = cloneDepartmentYear(seed);
    const t03 = dy.tables.table03 as unknown as { rows: { line: number }[] };
    t03.rows = t03.rows.filter((r) => r.line !== 3);
    const f = at(errorsOf(dy), "x.t02-t03.code", 3, "合计");
    expect(f.file).toBe("2025/huadu-zwfw/table02.csv");
    expect(f.message.zh).toContain("表3中没有“[201]一般公共服务支出”这一行");
    expect(f.message.zh).toContain("合计为 6,339.07");
  });

  it("on the other side says it has no counterpart: 表2 without [201]", () => {
    const dy = cloneDepartmentYear(seed);
    const t02 = dy.tables.table02 as unknown as { rows: { line: number }[] };
    t02.rows = t02.rows.filter((r) => r.line !== 3);
    const f = at(errorsOf(dy), "x.t02-t03.code", 3, "合计");
    expect(f.file).toBe("2025/huadu-zwfw/table03.csv");
    expect(f.message.zh).toContain("“[201]一般公共服务支出”的“合计”为 6,339.07");
    expect(f.message.zh).toContain("表2中没有与之对应的行");
    expect(f.message.en).toContain("Table 2 has no corresponding row");
  });
});

describe("a check of words' message", () => {
  it("quotes what the document says, what it should say, and where: 机关运行经费 4.8% against the text's 4.9%", () => {
    const dy = cloneDepartmentYear(seed);
    dy.explanation.facts.admin_costs.percent = "4.8";
    const f = reconcile(dy).findings.find((g) => g.rule === "explain.text");
    expect(f?.message.zh).toContain("写的是“增长4.9%”，应为“增长4.8%”");
    expect(f?.message.zh).toContain("（正文 sections[2].paragraphs[0]：");
    expect(f?.message.en).toContain("reads “增长4.9%” where “增长4.8%” is expected (text sections[2].paragraphs[0]: ");
  });
});

describe("the likely cell's message", () => {
  it("gives the value the other figures imply where they agree, and none where they do not", () => {
    const dy = cloneDepartmentYear(seed);
    bump("table05", 5, "基本支出", 100)(dy);
    const likely = at(errorsOf(dy), "locate.likely-cell", 5, "基本支出");
    expect(likely.message.zh).toContain("[2010301]行政运行“基本支出”");
    expect(likely.message.zh).toContain("2 项校验");
    expect(likely.message.zh).toContain("589.39");
    expect(likely.message.en).toContain("the other figures imply 589.39");
    // [201]'s 小计 typed 10.00 too high: its checks imply different values (see reconcile-checks.test.ts).
    const other = cloneDepartmentYear(seed);
    bump("table05", 3, "小计", 1_000)(other);
    const unsure = at(errorsOf(other), "locate.likely-cell", 3, "小计");
    expect(unsure.check).toBeUndefined();
    expect(unsure.message.zh).not.toContain("推算");
    expect(unsure.message.en).not.toContain("imply");
  });
});

describe("the identities a table implies", () => {
  const rules = rulesOf(GUANGZHOU_BUDGET);
  const byId = new Map(rules.map((r) => [r.id, r]));

  it("say a code hierarchy's levels by its classification: 表5 by function, 表6 by economic code", () => {
    expect(byId.get("t05.parent-sum")?.identity.zh).toContain("（类 = 款之和，款 = 项之和）");
    expect(byId.get("t06.parent-sum")?.identity.zh).toContain("（类 = 款之和）");
    expect(byId.get("t06.parent-sum")?.identity.zh).not.toContain("项之和");
    expect(byId.get("t06.parent-sum")?.identity.en).toContain("(class = its items)");
  });

  it("name a unit table's detail rows by its own word: 表11 类别, 表12 项目", () => {
    expect(byId.get("t11.unit-sum")?.title.zh).toBe("表11每个资金使用单位等于其类别之和");
    expect(byId.get("t12.unit-sum")?.title.zh).toBe("表12每个资金使用单位等于其项目之和");
  });

  it("take an item's own title and identity where it has one: 表8's “三公”经费", () => {
    expect(byId.get("t08.three-public")?.title.zh).toBe("表8“三公”经费等于三个分项之和");
    expect(byId.get("t08.three-public")?.title.en).toBe("Table 8: the “three public” expenses equal their three parts");
    expect(byId.get("t08.vehicles")?.identity.zh).toContain("1. 公务用车购置费 + 2. 公务用车运行维护费");
  });

  it("are kinds of rule: the balance an equality, the rest sums, each an error within its own table", () => {
    for (const spec of TABLES) {
      for (const rule of tableRules(spec)) {
        expect([rule.id, rule.family, rule.tables, rule.severity]).toEqual([rule.id, "table", [spec.id], "error"]);
        expect([rule.id, rule.kind]).toEqual([rule.id, rule.id.endsWith(".balance") ? "equal" : "sum"]);
      }
    }
  });

  it("of a table without a number are named by its title, their ids by table 00", () => {
    const t05 = TABLES.find((t) => t.id === "table05");
    if (!t05) throw new Error("no table05");
    const unnumbered: TableSpec = { ...t05 };
    delete (unnumbered as { number?: number }).number;
    expect(tableRules(unnumbered).map((r) => [r.id, r.title.zh])).toEqual([
      ["t00.subtotal", `${t05.title.zh}小计等于基本支出加项目支出`],
      ["t00.parent-sum", `${t05.title.zh}上级科目等于其下级科目之和`],
      ["t00.total-row", `${t05.title.zh}合计行等于各类之和`],
    ]);
  });

  it("are found by table and suffix, and a missing one is a programming error", () => {
    const t05 = TABLES.find((t) => t.id === "table05");
    if (!t05) throw new Error("no table05");
    expect(tableRule(byId, t05, "parent-sum").id).toBe("t05.parent-sum");
    expect(() => tableRule(byId, t05, "balance")).toThrow(/no rule t05\.balance for table05/);
  });
});

describe("a two-sided table without year totals (上海 普陀区社会福利院 2024 表1)", () => {
  /** 福利院 2024 with `delta` 元 added to 表1's 预算数 at a CSV line. */
  const bumped = (line: number, delta: number): Finding[] => {
    const dy = cloneDepartmentYear(fuliyuan);
    const rows = (
      dy.tables as unknown as Record<string, { rows: { line: number; amounts: Record<string, number> }[] }>
    )["table01"]?.rows;
    const row = rows?.find((r) => r.line === line);
    if (!row) throw new Error(`no line ${line}`);
    row.amounts["amount"] = (row.amounts["amount"] ?? 0) + delta;
    const before = new Set(errorsOf(fuliyuan).map((f) => `${f.rule}@${f.line}`));
    return errorsOf(dy).filter((f) => !before.has(`${f.rule}@${f.line}`));
  };
  const T01 = "2024/putuo-fuliyuan/table01.csv";

  it("checks its grand totals against their lines, with the rule's hint: 事业收入 100 元 too high", () => {
    const found = bumped(6, 100).filter((f) => f.file === T01);
    expect(found.map((f) => [f.file, f.line, f.column, f.rule, f.severity])).toEqual([
      [T01, 9, "预算数", "t01.grand-total", "error"],
      // 表1 against 表2, whose 事业收入 is unchanged.
      [T01, 6, "预算数", "x.t01-t02.income", "error"],
      [T01, 6, "预算数", "locate.likely-cell", "error"],
    ]);
    const [grand] = found;
    expect(grand?.check).toMatchObject({ printed: 12_121_164, computed: 12_121_264, scale: 0 });
    expect((grand?.hint.zh.length ?? 0) * (grand?.hint.en.length ?? 0)).toBeGreaterThan(0);
  });

  it("checks a line with sub-lines against them, with the rule's hint: 一般公共预算资金 100 元 too high", () => {
    const found = bumped(3, 100).filter((f) => f.file === T01);
    expect(found.map((f) => [f.file, f.line, f.column, f.rule, f.severity])).toEqual([
      [T01, 2, "预算数", "t01.sub-lines", "error"],
      [T01, 3, "预算数", "locate.likely-cell", "error"],
    ]);
    const [sub] = found;
    expect(sub?.check).toMatchObject({ printed: 9_501_164, computed: 9_501_264, scale: 0 });
    expect((sub?.hint.zh.length ?? 0) * (sub?.hint.en.length ?? 0)).toBeGreaterThan(0);
  });
});
