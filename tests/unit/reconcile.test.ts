/**
 * Reconciliation of the seed and the synthetic fixture: the seed passes with exactly its genuine
 * rounding notes and no error; the synthetic department passes every rule; the catalogue is
 * complete and bilingual; validate() and the summary carry the result.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROFILES } from "../../src/budget/profiles";
import { GUANGZHOU_BUDGET } from "../../src/budget/profiles/guangzhou-budget";
import { reconcile, rulesOf, tally, tallyBySource, type ReconciliationResult } from "../../src/budget/reconcile";
import { validate } from "../../src/budget/validate";
import { buildDepartmentYear, type Plan } from "../helpers/random-department-year";
import { loadSeed, loadSynthetic, type CompleteGuangzhou } from "../helpers/seed";
import { removeSeedCopies, SEED_DIR, seedCopyWith } from "../helpers/seed-copy";

/** The Guangzhou profile's rules: the seed's 67. */
const RULE_LIST = rulesOf(GUANGZHOU_BUDGET);

let seed: CompleteGuangzhou;
let synthetic: CompleteGuangzhou;
let seedResult: ReconciliationResult;
beforeAll(async () => {
  [seed, synthetic] = await Promise.all([loadSeed(), loadSynthetic()]);
  seedResult = reconcile(seed);
});

describe("the seed", () => {
  it("passes with exactly its genuine rounding notes", () => {
    const notes = seedResult.findings.map((f) => [
      f.rule,
      f.file,
      f.line,
      f.column,
      f.severity,
      f.check?.printed,
      f.check?.computed,
      f.check?.tolerance,
    ]);
    const T = (n: string) => `2025/huadu-zwfw/table${n}.csv`;
    expect(notes).toEqual([
      // The four function classes add up to 7,267.82 against a printed 7,267.81 …
      ["t01.year-total", T("01"), 35, "预算", "note", 726781, 726782, 2.5],
      ["t04.year-total", T("04"), 31, "预算", "note", 726781, 726782, 2.5],
      ["t02.total-row", T("02"), 2, "合计", "note", 726781, 726782, 2.5],
      ["t02.total-row", T("02"), 2, "一般公共预算", "note", 726781, 726782, 2.5],
      ["t03.total-row", T("03"), 2, "合计", "note", 726781, 726782, 2.5],
      // … and their basic expenditure to 1,651.21 against 1,651.20 (942.46 + 215.65 + 493.10) …
      ["t03.total-row", T("03"), 2, "基本支出", "note", 165120, 165121, 2],
      ["t05.total-row", T("05"), 2, "小计", "note", 726781, 726782, 2.5],
      ["t05.total-row", T("05"), 2, "基本支出", "note", 165120, 165121, 2],
      // … as do the economic classes 1,516.82 + 97.96 + 36.43 in 表6 and 表11's unit.
      ["t06.total-row", T("06"), 2, "预算", "note", 165120, 165121, 2],
      ["t11.unit-sum", T("11"), 3, "总计", "note", 165120, 165121, 2],
      ["t11.unit-sum", T("11"), 3, "财政拨款合计", "note", 165120, 165121, 2],
      ["t11.unit-sum", T("11"), 3, "一般公共预算", "note", 165120, 165121, 2],
    ]);
  });

  it("names the parts of a rounding note in the message, in both languages", () => {
    const note = seedResult.findings.find((f) => f.rule === "t06.total-row");
    expect(note?.message.zh).toBe(
      "“合计”的“预算”为 1,651.20，各类（第 3、12、25 行“预算”）之和为 1,651.21，相差 −0.01，在四舍五入尾差允许范围（±0.02）内",
    );
    expect(note?.message.en).toBe(
      "“合计”, “预算”: printed 1,651.20, but the classes (lines 3, 12, 25, “预算”) add up to 1,651.21 (difference −0.01, within what rounding explains (±0.02))",
    );
    expect(note?.check?.parts?.map((p) => [p.line, p.value])).toEqual([
      [3, 151682],
      [12, 9796],
      [25, 3643],
    ]);
  });

  it("performs every rule that applies and counts the checks", () => {
    expect(tally(seedResult.checks)).toMatchObject({
      passed: seedResult.checks.length - 12,
      notes: 12,
      errors: 0,
      warnings: 0,
    });
    expect(seedResult.rules).toHaveLength(RULE_LIST.length);
    // 表9 and 表10 hold only their 合计 row, so they have no parent to check; every other rule checks something.
    const idle = seedResult.rules.filter((r) => r.checks === 0).map((r) => r.id);
    expect(idle).toEqual(["t09.parent-sum", "t10.parent-sum"]);
  });

  it("counts checks per table for the data-checks page", () => {
    const bySource = tallyBySource(seedResult);
    // 表6 of the seed: 14 checks (its class, 款 and total sums), one of them a rounding note.
    expect(bySource["table06"]).toEqual({ checks: 14, passed: 13, notes: 1, warnings: 0, errors: 0 });
    expect(Object.keys(bySource)).toEqual(
      expect.arrayContaining(["table01", "table12", "keyProjects", "explanation", "department", "glossary"]),
    );
  });
});

describe("the synthetic department", () => {
  it("passes every rule without a finding", () => {
    const result = reconcile(synthetic);
    expect(result.findings).toEqual([]);
    expect(tally(result.checks).passed).toBe(result.checks.length);
  });
});

describe("the catalogue", () => {
  it("has unique ids and bilingual titles and identities", () => {
    expect(RULE_LIST).toHaveLength(67);
    // Every profile's catalogue, not only the seed's.
    for (const profile of PROFILES) {
      const rules = rulesOf(profile);
      const ids = rules.map((r) => r.id);
      expect(new Set(ids).size, profile.id).toBe(ids.length);
      for (const rule of rules) {
        expect(rule.title.zh && rule.title.en && rule.identity.zh && rule.identity.en, rule.id).toBeTruthy();
        expect(rule.tables.length, rule.id).toBeGreaterThan(0);
      }
    }
  });

  it("has every rule perform at least one check on some department-year", () => {
    // A generated department with 国有资本经营预算 money, so 表10 has codes and parents.
    const plan: Plan = {
      year: 2025,
      units: 2,
      leaves: [
        { code: "2010301", kind: "basic", fund: "sc", economic: "30101", unit: 0, project: 0, mills: 12_345 },
        { code: "2120501", kind: "project", fund: "gf", economic: "30227", unit: 1, project: 0, mills: 98_765 },
      ],
      carry: 0,
      keyProjects: 1,
      priors: {
        income: 100,
        expenditure: 100,
        abroad: 0,
        vehiclePurchase: 0,
        vehicleOperation: 0,
        reception: 0,
        admin: 0,
      },
      procurement: { goods: 0, works: 0, services: 0 },
    };
    const used = new Set(
      [seed, synthetic, buildDepartmentYear(plan)].flatMap((dy) => reconcile(dy).checks.map((c) => c.rule)),
    );
    expect(RULE_LIST.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("validate()", () => {
  it("reconciles what it loads and reports the summary", async () => {
    const result = await validate("data/2025/huadu-zwfw");
    expect(result.ok).toBe(true);
    expect(result.reconciliations.map((r) => r.path)).toEqual(["2025/huadu-zwfw"]);
    expect(result.reconciliationSummary).toEqual({
      rules: RULE_LIST.length,
      checks: 616,
      passed: 604,
      notes: 12,
      warnings: 0,
      errors: 0,
      acknowledged: 0,
    });
    expect(result.findings.filter((f) => f.severity === "note")).toHaveLength(12);
    expect(result.findings).toHaveLength(12);
  });

  it("reconciles every department-year of data/, each with its own profile's rules", async () => {
    const result = await validate("data");
    expect(result.ok).toBe(true);
    expect(result.reconciliations.map((r) => r.path)).toEqual([
      "2018/js-fy",
      "2018/js-jcy",
      "2024/putuo-fuliyuan",
      "2024/putuo-wanli",
      "2025/huadu-zwfw",
      "2025/putuo-swj",
      "2025/putuo-swj-unit",
      "2025/putuo-wanli",
    ]);
    // Rules are counted per profile: 67 Guangzhou + 53 Shanghai (x.t01-t03.split,
    // x.t02-t05.fiscal and year.prior-figure are new) + 39 Jiangsu.
    expect(result.reconciliationSummary.rules).toBe(67 + 53 + 39);
  });
});

describe("validate() on an edited CSV", () => {
  afterAll(removeSeedCopies);

  const edited = async (file: string, from: string, to: string) => {
    const text = await readFile(join(SEED_DIR, file), "utf8");
    if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
    return validate(await seedCopyWith({ [file]: text.replace(from, to) }));
  };
  const errorsOf = (result: Awaited<ReturnType<typeof validate>>) =>
    result.findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.file, f.line, f.column]);

  it("fails and names the table and row of a changed amount", async () => {
    const result = await edited(
      "table05.csv",
      "2080502,事业单位离退休,7.74,7.74,0.00",
      "2080502,事业单位离退休,7.74,8.74,0.00",
    );
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      ["t05.subtotal", "2025/huadu-zwfw/table05.csv", 14, "小计"],
      ["t05.parent-sum", "2025/huadu-zwfw/table05.csv", 12, "基本支出"],
      ["locate.likely-cell", "2025/huadu-zwfw/table05.csv", 14, "基本支出"],
    ]);
    expect(result.reconciliationSummary).toMatchObject({ errors: 2 });
  });

  it("lists the candidate rows when no single cell can be blamed", async () => {
    const result = await edited("table06.csv", "30101,基本工资,190.45", "30101,基本工资,191.45");
    expect(errorsOf(result)).toEqual([["t06.parent-sum", "2025/huadu-zwfw/table06.csv", 3, "预算"]]);
    const parent = result.findings.find((f) => f.rule === "t06.parent-sum");
    expect(parent?.check?.parts?.map((p) => p.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(parent?.message.zh).toContain("下级科目（第 4–11 行“预算”）之和为 1,517.82");
  });
});
