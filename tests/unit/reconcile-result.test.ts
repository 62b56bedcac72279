/**
 * What reconcile() makes of its checks (src/budget/reconcile/index.ts): the finding of a check
 * that did not pass (its place, the value as its table prints it, the figures behind it), the
 * likely cell's finding, the summary per rule and per source, the groups of checks that could not
 * run and why, last year's department-year, and a table copied from last year. On the seed
 * (data/2025/huadu-zwfw), 上海 万里街道 2024 and 2025 (data/2024|2025/putuo-wanli, amounts in 元)
 * and 江苏 检察院 2018 (data/2018/js-jcy).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/budget/findings";
import type { DepartmentYear } from "../../src/budget/model";
import { checksOf, reconcile, rulesOf, tally, tallyBySource } from "../../src/budget/reconcile";
import type { CheckGroup } from "../../src/budget/reconcile/checks";
import { cloneDepartmentYear, loadDataFolder, loadSeed, type CompleteGuangzhou } from "../helpers/seed";
import { bump } from "./reconcile-mutations";

let seed: CompleteGuangzhou;
let wanli2024: DepartmentYear;
let wanli2025: DepartmentYear;
beforeAll(async () => {
  [seed, wanli2024, wanli2025] = await Promise.all([
    loadSeed(),
    loadDataFolder("2024/putuo-wanli"),
    loadDataFolder("2025/putuo-wanli"),
  ]);
});

type Projection = [file: string, line: number | null, column: string | null, rule: string, severity: string];
const project = (f: Finding): Projection => [f.file, f.line ?? null, f.column ?? null, f.rule, f.severity];

/** The findings of `dy` that `base` does not have. */
const fresh = (base: DepartmentYear, dy: DepartmentYear, prior?: DepartmentYear): Finding[] => {
  const before = new Set(reconcile(base).findings.map((f) => JSON.stringify(project(f))));
  return reconcile(dy, prior).findings.filter((f) => !before.has(JSON.stringify(project(f))));
};

const SEED = "2025/huadu-zwfw";
const WANLI = "2025/putuo-wanli";

describe("the finding of a check that did not pass", () => {
  it("carries its place, the printed value and the figures, and nothing it does not have: the seed's 表6 合计", () => {
    const note = reconcile(seed).findings.find((f) => f.rule === "t06.total-row");
    expect({ ...note, message: undefined, hint: undefined }).toStrictEqual({
      rule: "t06.total-row",
      severity: "note",
      file: `${SEED}/table06.csv`,
      line: 2,
      column: "预算",
      value: "1,651.20",
      message: undefined,
      hint: undefined,
      check: {
        tables: ["table06"],
        row: "合计",
        printed: 165_120,
        computed: 165_121,
        difference: -1,
        tolerance: 2,
        parts: [
          { file: `${SEED}/table06.csv`, line: 3, column: "预算", row: "[301]工资福利支出", value: 151_682 },
          { file: `${SEED}/table06.csv`, line: 12, column: "预算", row: "[302]商品和服务支出", value: 9_796 },
          { file: `${SEED}/table06.csv`, line: 25, column: "预算", row: "[303]对个人和家庭的补助", value: 3_643 },
        ],
      },
    });
  });

  it("of a stated percentage is valued as stated, its figures in hundredths of a percent: 机关运行经费 4.8% for 4.9%", () => {
    const dy = cloneDepartmentYear(seed);
    dy.explanation.facts.admin_costs.percent = "4.8";
    const findings = fresh(seed, dy);
    expect(findings.map(project)).toEqual([
      [`${SEED}/explanation.yaml`, null, "facts.admin_costs.percent", "explain.percent", "error"],
      [`${SEED}/explanation.yaml`, null, "facts.admin_costs.percent", "explain.text", "error"],
      [`${SEED}/explanation.yaml`, null, "facts.admin_costs.percent", "locate.likely-cell", "error"],
    ]);
    const [percent, text, likely] = findings;
    // A YAML field has no line; the parts are the amount and the change the percentage follows from.
    expect({ ...percent, message: undefined, hint: undefined }).toStrictEqual({
      rule: "explain.percent",
      severity: "error",
      file: `${SEED}/explanation.yaml`,
      column: "facts.admin_costs.percent",
      value: "4.8%",
      message: undefined,
      hint: undefined,
      check: {
        tables: ["explanation"],
        row: "机关运行经费",
        printed: 480,
        computed: 490,
        difference: -10,
        tolerance: 0,
        quantity: "percent",
        parts: [
          { file: `${SEED}/explanation.yaml`, column: "facts.admin_costs.amount", row: "机关运行经费", value: 87_150 },
          { file: `${SEED}/explanation.yaml`, column: "facts.admin_costs.change", row: "机关运行经费", value: 4_081 },
        ],
      },
    });
    // A check of words has a value, what the text says, and no figures.
    expect(text?.value).toBe("增长4.9%");
    expect(text && "check" in text).toBe(false);
    // The likely cell is the stated percentage, valued as one; its checks imply no amount.
    expect({ ...likely, message: undefined, hint: undefined }).toStrictEqual({
      rule: "locate.likely-cell",
      severity: "error",
      file: `${SEED}/explanation.yaml`,
      column: "facts.admin_costs.percent",
      value: "4.8%",
      message: undefined,
      hint: undefined,
    });
    expect(likely?.hint.zh.length).toBeGreaterThan(0);
  });

  it("has no value where the row it belongs on is missing: 表5 without [20103]", () => {
    const dy = cloneDepartmentYear(seed);
    const t05 = dy.tables.table05 as unknown as { rows: { line: number }[] };
    t05.rows = t05.rows.filter((r) => r.line !== 4);
    const missing = reconcile(dy).findings.filter((f) => f.rule === "t05.parent-sum" && f.line === 5);
    expect(missing.map((f) => [f.column, f.check?.printed, f.check?.computed, "value" in f])).toEqual([
      ["小计", 0, 633_907, false],
      ["基本支出", 0, 94_246, false],
      ["项目支出", 0, 539_661, false],
    ]);
  });

  it("is in the unit its table prints, as is the likely cell's: 万里街道 2025 表5 line 10 typed 10,000 元 too high", () => {
    const dy = cloneDepartmentYear(wanli2025);
    bump("table05", 10, "项目支出", 10_000)(dy as CompleteGuangzhou);
    const findings = fresh(wanli2025, dy);
    expect(findings.map(project)).toEqual([
      [`${WANLI}/table05.csv`, 10, "合计", "t05.row-total", "error"],
      [`${WANLI}/table05.csv`, 9, "项目支出", "t05.parent-sum", "error"],
      [`${WANLI}/table05.csv`, 10, "项目支出", "locate.likely-cell", "error"],
    ]);
    const [rowTotal, , likely] = findings;
    expect(rowTotal?.value).toBe("1,106,000 元");
    expect(rowTotal?.check).toMatchObject({ printed: 1_106_000, computed: 1_116_000, difference: -10_000, scale: 0 });
    // Both failed checks are 表5's: the likely cell names the table once, and the value the others imply.
    expect({ ...likely, message: undefined, hint: undefined }).toStrictEqual({
      rule: "locate.likely-cell",
      severity: "error",
      file: `${WANLI}/table05.csv`,
      line: 10,
      column: "项目支出",
      value: "1,116,000 元",
      message: undefined,
      hint: undefined,
      check: {
        tables: ["table05"],
        row: "[2013302]一般行政管理事务",
        printed: 1_116_000,
        computed: 1_106_000,
        difference: 10_000,
        tolerance: 0,
        scale: 0,
      },
    });
    expect(likely?.message.zh).toContain("[2013302]一般行政管理事务“项目支出”");
    expect(likely?.message.zh).toContain("1,106,000 元");
    expect(likely?.message.en).toContain("[2013302]一般行政管理事务, “项目支出”");
  });

  it("of a likely cell in 万元 has no unit of its own: 表5 行政运行's 基本支出 1.00 too high", () => {
    const dy = cloneDepartmentYear(seed);
    bump("table05", 5, "基本支出", 100)(dy);
    const likely = reconcile(dy).findings.find((f) => f.rule === "locate.likely-cell");
    expect(likely?.check).toStrictEqual({
      tables: ["table05"],
      row: "[2010301]行政运行",
      printed: 59_039,
      computed: 58_939,
      difference: 100,
      tolerance: 0,
    });
  });

  it("of a likely cell that is a stated growth rate or share is valued as a percentage: 江苏 检察院 2018", async () => {
    // Jiangsu's percentages are facts.….rate and facts.….share, not facts.….percent.
    const findings = reconcile(await loadDataFolder("2018/js-jcy")).findings;
    const at = (column: string) => findings.filter((f) => f.column === column).map((f) => [f.rule, f.value]);
    expect(at("facts.total.rate")).toEqual([
      ["explain.rate", "21.95%"],
      ["locate.likely-cell", "21.95%"],
    ]);
    expect(at("facts.classes.1.rate")).toEqual([
      ["explain.rate", "9.1%"],
      ["locate.likely-cell", "9.1%"],
    ]);
    expect(at("facts.basic.share")).toEqual([
      ["explain.share", "63.75%"],
      ["locate.likely-cell", "63.75%"],
    ]);
  });
});

describe("rounding notes", () => {
  it("say whether the document mentions rounding, and the unit the figures are rounded to", () => {
    const seedNote = reconcile(seed).findings.find((f) => f.severity === "note");
    expect(seedNote?.hint.zh).toContain("0.01 万元");
    expect(seedNote?.hint.zh).toContain("公开文本已注明");
    expect(seedNote?.hint.en).toContain("The document notes that rounding may leave such differences.");
    // Without the seed's note on rounding (department.yaml notes), the hint says the document does not mention it.
    const dy = cloneDepartmentYear(seed);
    dy.meta.notes.tables = "";
    dy.meta.notes.report = "";
    const silent = reconcile(dy).findings.find((f) => f.severity === "note");
    expect([silent?.rule, silent?.line, silent?.column]).toEqual([seedNote?.rule, seedNote?.line, seedNote?.column]);
    expect(silent?.hint.zh).toContain("公开文本对此未作说明");
    expect(silent?.hint.en).toContain("the document does not mention it");
    // 万里街道 2025 prints 元: its residues are of 1 元, and its profile says the document does not note them.
    const wanliNote = reconcile(wanli2025).findings.find((f) => f.severity === "note");
    expect(wanliNote?.hint.zh).toContain("1 元");
    expect(wanliNote?.hint.zh).toContain("公开文本对此未作说明");
  });
});

describe("the summary", () => {
  it("counts each rule's checks by outcome, in the catalogue's order", () => {
    const result = reconcile(seed);
    expect(result.path).toBe(SEED);
    expect(result.rules.map((r) => r.id)).toEqual(rulesOf(seed.profile).map((r) => r.id));
    const rule = rulesOf(seed.profile).find((r) => r.id === "t06.total-row");
    expect(result.rules.find((r) => r.id === "t06.total-row")).toStrictEqual({
      id: "t06.total-row",
      family: "table",
      title: rule?.title,
      identity: rule?.identity,
      tables: ["table06"],
      severity: "error",
      checks: 1,
      passed: 0,
      notes: 1,
      warnings: 0,
      errors: 0,
    });
    // 表6's parent sums, one per class ([301], [302], [303] = their items), all pass.
    expect(result.rules.find((r) => r.id === "t06.parent-sum")).toMatchObject({ checks: 3, passed: 3, notes: 0 });
    expect(result.notRun).toEqual([]);
  });

  it("counts a rule's warnings: the glossary's 机关运行经费 definition with 办公费 written 办公用品费", () => {
    const dy = cloneDepartmentYear(seed);
    for (const t of dy.glossary.terms) t.definition = t.definition.replace("办公费", "办公用品费");
    const result = reconcile(dy);
    expect(result.rules.find((r) => r.id === "doc.admin-costs-definition")).toMatchObject({
      severity: "warning",
      checks: 1,
      passed: 0,
      warnings: 1,
      errors: 0,
    });
    expect(tally(result.checks)).toMatchObject({ warnings: 1, notes: 12 });
  });

  it("counts per source in the order of their ids, each source with the checks that span it", () => {
    const result = reconcile(seed);
    const bySource = tallyBySource(result);
    expect(Object.keys(bySource)).toEqual([
      "department",
      "explanation",
      "glossary",
      "keyProjects",
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((n) => `table${n}`),
    ]);
    expect(bySource["table06"]?.checks).toBe(checksOf(result, "table06").length);
    expect(checksOf(result, "table06").every((c) => c.tables.includes("table06"))).toBe(true);
  });

  it("keeps a profile's rules, built once", () => {
    expect(rulesOf(seed.profile)).toBe(rulesOf(seed.profile));
  });
});

/** The seed with these tables left out, as the loader leaves out a table that failed or is absent. */
const withoutTables = (failed: string[], absent: string[]): DepartmentYear => {
  const dy = cloneDepartmentYear(seed) as unknown as DepartmentYear & { tables: Record<string, unknown> };
  for (const id of [...failed, ...absent]) delete dy.tables[id];
  return { ...dy, failedTables: failed, absentTables: absent } as DepartmentYear;
};
const notRunOf = (dy: DepartmentYear) => {
  const result = reconcile(dy);
  return { result, notRun: result.findings.filter((f) => f.rule === "check.not-run") };
};

describe("checks that cannot run", () => {
  it("are a note where the document does not publish the table they need: the seed without 表9", () => {
    const { result, notRun } = notRunOf(withoutTables([], ["table09"]));
    // One per group of checks that needs 表9: 表4/表2/表5 sums, 表2 by code, the 表5-based totals, the 情况说明, the document.
    expect(notRun.map(project)).toEqual(
      Array.from({ length: 5 }, () => [`${SEED}/department.yaml`, null, null, "check.not-run", "note"]),
    );
    for (const f of notRun) {
      expect(f.message.zh).toContain("（本文件未公开表9）");
      expect(f.message.en).toContain("(the document does not publish Table 9)");
      expect(f.hint.zh).toContain("无需处理");
    }
    // 表9's own identities are not among them: the table is not there to check.
    expect(result.notRun.filter((id) => id.startsWith("t09."))).toEqual([]);
    expect(result.notRun).toContain("x.t04-t05.class");
    expect(result.notRun).toContain("explain.figure");
    expect(result.rules.find((r) => r.id === "x.t04-t05.class")?.checks).toBe(0);
    // What needs no 表9 still runs.
    expect(result.rules.find((r) => r.id === "t05.parent-sum")?.checks).toBeGreaterThan(0);
  });

  it("are a warning, with the table's own identities first, where a table failed to load: 表10, and 表9 absent", () => {
    const { result, notRun } = notRunOf(withoutTables(["table10"], ["table09"]));
    expect(notRun.map(project)).toEqual(
      Array.from({ length: 6 }, () => [`${SEED}/department.yaml`, null, null, "check.not-run", "warning"]),
    );
    expect(notRun[0]?.message.zh).toContain("（表10未能读入）");
    expect(notRun[0]?.message.zh).toContain("表10上级科目等于其下级科目之和");
    expect(notRun[1]?.message.zh).toContain("（表10未能读入；本文件未公开表9）");
    expect(notRun[1]?.message.en).toContain("(Table 10 did not load; the document does not publish Table 9)");
    // Each names the rules it could not run, in both languages.
    expect(notRun[0]?.message.en).toContain("Table 10: each parent code equals the sum of its children");
    expect(notRun[1]?.message.en).toContain("Table 4's expenditure by class equals Tables 5, 9 and 10");
    for (const f of notRun) expect(f.hint.zh).toContain("先改正");
    expect(result.notRun.slice(0, 3)).toEqual(["t10.subtotal", "t10.parent-sum", "t10.total-row"]);
    expect(new Set(result.notRun).size).toBe(result.notRun.length);
  });

  it("name a table without a number by its title; a table without identities of its own adds none: 重点项目 failed", () => {
    const { notRun } = notRunOf(withoutTables(["keyProjects"], []));
    // The 情况说明's group and the document's group need the key projects; no group of its own.
    expect(notRun.map((f) => f.severity)).toEqual(["warning", "warning"]);
    for (const f of notRun) {
      expect(f.message.zh).toContain("（重点项目预算绩效目标情况未能读入）");
      expect(f.message.en).toContain("(Performance goals of key projects did not load)");
    }
  });
});

/** A profile like the seed's with one more group of checks. */
const withGroup = (dy: DepartmentYear, group: CheckGroup): DepartmentYear => {
  const profile = dy.profile as unknown as { checks: { groups: readonly CheckGroup[] } };
  return {
    ...dy,
    profile: { ...profile, checks: { ...profile.checks, groups: [...profile.checks.groups, group] } },
  } as unknown as DepartmentYear;
};

describe("a profile's groups of checks", () => {
  it("run those that need last year's data only with last year's department-year of the same profile", () => {
    let runs = 0;
    const dy = withGroup(cloneDepartmentYear(seed), { rules: [], needs: [], needsPrior: true, run: () => runs++ });
    reconcile(dy);
    expect(runs).toBe(0);
    reconcile(dy, wanli2024);
    expect(runs).toBe(0);
    reconcile(dy, { ...cloneDepartmentYear(seed), profile: dy.profile } as DepartmentYear);
    expect(runs).toBe(1);
  });

  it("check 万里街道 2025's changes on 2024 only with 2024 at hand", () => {
    const ruleOf = (prior?: DepartmentYear) =>
      reconcile(wanli2025, prior).checks.filter((c) => c.rule === "year.prior-figure");
    expect(ruleOf()).toEqual([]);
    expect(ruleOf(seed)).toEqual([]);
    expect(ruleOf(wanli2024).map((c) => c.status)).toEqual(Array.from({ length: 11 }, () => "pass"));
  });

  it("may not record a check of a rule the profile does not have", () => {
    const dy = withGroup(cloneDepartmentYear(seed), {
      rules: [],
      needs: [],
      run: (ctx) => {
        ctx.checks.push({
          rule: "no.such-rule",
          tables: ["table01"],
          file: `${SEED}/table01.csv`,
          row: "合计",
          quantity: "amount",
          status: "error",
          parts: [],
        });
      },
    });
    expect(() => reconcile(dy)).toThrow(/unknown reconciliation rule no\.such-rule/);
  });
});

describe("a table copied from last year", () => {
  /** The seed against a copy of itself as last year's: every table with amounts is the same as last year's. */
  const copiedWith = (edit: (prior: CompleteGuangzhou) => void = () => undefined): Finding[] => {
    const prior = cloneDepartmentYear(seed);
    edit(prior);
    return reconcile(seed, prior).findings.filter((f) => f.rule === "year.copied-table");
  };
  const ALL = ["01", "02", "03", "04", "05", "06", "07", "08", "11", "12"].map((n) => `${SEED}/table${n}.csv`);

  it("is a warning per table with amounts, after the checks' findings; 表9 and 表10, all 0.00, are not", () => {
    const findings = reconcile(seed, cloneDepartmentYear(seed)).findings;
    const copied = findings.filter((f) => f.rule === "year.copied-table");
    expect(copied.map((f) => [f.file, f.severity])).toEqual(
      [...ALL, `${SEED}/key-projects.csv`].map((file) => [file, "warning"]),
    );
    for (const f of copied) {
      expect(f.message.zh).toContain("（2025年）");
      expect(f.hint.zh).toContain("按2025年公开文本重新填写");
      expect(f.hint.en).toContain("the 2025 document");
    }
    // After the 12 rounding notes, before nothing else: the seed has no likely cell and nothing not run.
    expect(findings.slice(0, 12).every((f) => f.severity === "note")).toBe(true);
    expect(findings.slice(12)).toEqual(copied);
  });

  it("is not reported for a table that differs in one amount, one name, one code or one text", () => {
    const files = copiedWith((prior) => {
      bump("table05", 5, "基本支出", 1)(prior);
      const row6 = prior.tables.table06.rows.find((r) => r.line === 4);
      const row7 = prior.tables.table07.rows.find((r) => r.line === 3);
      const key = prior.tables.keyProjects.rows[0];
      if (!row6 || !row7?.code || !key) throw new Error("no row");
      (row6 as { name: string }).name = `${row6.name}（上年）`;
      (row7 as { code: string }).code = `${row7.code}9`;
      (key.texts as Record<string, string>)["performanceGoal"] = "上年的绩效目标";
    }).map((f) => f.file);
    expect(files).toEqual(ALL.filter((f) => !/table0[567]/.test(f)));
  });

  it("is not looked for in a table last year's folder did not load", () => {
    const files = copiedWith((prior) => {
      delete (prior.tables as Record<string, unknown>)["table05"];
    }).map((f) => f.file);
    expect(files).toEqual([...ALL.filter((f) => !f.endsWith("table05.csv")), `${SEED}/key-projects.csv`]);
  });
});
