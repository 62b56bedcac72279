/**
 * One deliberately broken input per kind of error (tests/fixtures/broken/<case>/, each an overlay
 * on a copy of the seed), checked through the real loader. Findings are compared as a flat
 * projection [file, line, column, rule, severity], the whole list at once, so the wording of
 * messages can improve without breaking these tests, but no extra or missing finding slips by.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/budget/findings";
import { findingAt as project, type FindingAt as Projection } from "../helpers/finding-projection";
import { loadData } from "../../src/budget/load";
import type { LoadResult } from "../../src/budget/model";
import { validate, type ValidationResult } from "../../src/budget/validate";
import { BROKEN_FIXTURES_DIR, brokenCaseNames, removeSeedCopies, seedCopyWithFixture } from "../helpers/seed-copy";
import { completeGuangzhou, loadSeed, type CompleteGuangzhou } from "../helpers/seed";

/** Every case folder and the findings it must produce, in the loader's order. */
const EXPECTED: Record<string, Projection[]> = {
  // Folder and files
  "missing-file": [["2025/missing-file/table07.csv", null, null, "folder.missing-file", "error"]],
  "empty-file": [["2025/empty-file/table09.csv", null, null, "file.empty", "error"]],
  // tabel03.csv is table03.csv saved under a misspelled name: the suggestion is in the hint,
  // and table03.csv is then missing.
  "file-misspelled": [
    ["2025/file-misspelled/tabel03.csv", null, null, "folder.unknown-file", "warning"],
    ["2025/file-misspelled/table03.csv", null, null, "folder.missing-file", "error"],
  ],
  "file-unknown": [["2025/file-unknown/notes.txt", null, null, "folder.unknown-file", "warning"]],
  "folder-bad-name": [["2025/Huadu_ZWFW", null, null, "folder.bad-name", "error"]],
  // Encodings and line endings
  "encoding-gbk": [["2025/encoding-gbk/table11.csv", null, null, "file.encoding-gbk", "warning"]],
  "utf8-bom": [],
  crlf: [],
  // Header row
  "header-missing": [["2025/header-missing/table03.csv", 1, "结转下年", "header.missing", "error"]],
  "header-unknown": [["2025/header-unknown/table05.csv", 1, "备注", "header.unknown", "error"]],
  "header-duplicate": [["2025/header-duplicate/table06.csv", 1, "预算", "header.duplicate", "error"]],
  // A misspelled column is both an unknown column (with the suggestion) and a missing one.
  // One mistake, one finding: the suggestion names the missing column.
  "header-misspelled": [["2025/header-misspelled/table02.csv", 1, "政府基金预算", "header.unknown", "error"]],
  // CSV structure
  "cell-count": [["2025/cell-count/table07.csv", 8, null, "csv.cell-count", "error"]],
  "unclosed-quote": [["2025/unclosed-quote/table06.csv", 3, null, "csv.unclosed-quote", "error"]],
  "unclosed-quote-stray": [["2025/unclosed-quote-stray/table02.csv", 6, null, "csv.unclosed-quote", "error"]],
  // Amounts
  "amount-not-a-number": [["2025/amount-not-a-number/table06.csv", 14, "预算", "amount.not-a-number", "error"]],
  "amount-three-decimals": [["2025/amount-three-decimals/table02.csv", 5, "合计", "amount.too-many-decimals", "error"]],
  "amount-fullwidth": [["2025/amount-fullwidth/table03.csv", 8, "项目支出", "amount.fullwidth", "error"]],
  "amount-negative": [["2025/amount-negative/table07.csv", 7, "预算", "amount.negative", "error"]],
  "amount-bad-grouping": [["2025/amount-bad-grouping/table05.csv", 3, "小计", "amount.bad-grouping", "error"]],
  "amount-empty": [["2025/amount-empty/table03.csv", 9, "上缴上级支出", "amount.empty", "error"]],
  // Codes
  "code-duplicate": [["2025/code-duplicate/table05.csv", 16, "科目编码", "code.duplicate", "error"]],
  "code-malformed": [["2025/code-malformed/table06.csv", 13, "科目编码", "code.malformed", "error"]],
  "code-name-mismatch": [["2025/code-name-mismatch/table03.csv", 15, "科目名称", "code.name-mismatch", "error"]],
  // Text cells: kept as written, with a warning
  "text-markup": [["2025/text-markup/table12.csv", 4, "绩效目标", "text.markup", "warning"]],
  "text-too-long": [["2025/text-too-long/table12.csv", 5, "绩效目标", "text.too-long", "warning"]],
  // YAML (line 7 is `overview:`, below the `profile:` line every department.yaml now starts with)
  "yaml-missing-field": [
    ["2025/yaml-missing-field/department.yaml", 7, "overview.institutions", "yaml.field", "error"],
  ],
  "yaml-syntax": [["2025/yaml-syntax/glossary.yaml", 6, null, "yaml.syntax", "error"]],
  "year-mismatch": [["2025/year-mismatch/department.yaml", null, "year", "meta.year-mismatch", "error"]],
  // The profile: without one (or with one the engine does not know) the folder cannot be read at all.
  "profile-missing": [["2025/profile-missing/department.yaml", null, "profile", "folder.profile-missing", "error"]],
  "profile-unknown": [["2025/profile-unknown/department.yaml", null, "profile", "folder.profile-unknown", "error"]],
};

/**
 * What of each case still loads: the tables that failed (left out of the department-year, whose
 * other tables are still reconciled), or null where no department-year loads at all (its
 * department.yaml, explanation.yaml or glossary.yaml is unusable, or the folder is not read).
 */
const FAILED_TABLES: Record<string, readonly string[] | null> = {
  "missing-file": ["table07"],
  "empty-file": ["table09"],
  "file-misspelled": ["table03"],
  "file-unknown": [],
  "folder-bad-name": null,
  "encoding-gbk": [],
  "utf8-bom": [],
  crlf: [],
  "header-missing": ["table03"],
  "header-unknown": ["table05"],
  "header-duplicate": ["table06"],
  "header-misspelled": ["table02"],
  "cell-count": ["table07"],
  "unclosed-quote": ["table06"],
  "unclosed-quote-stray": ["table02"],
  "amount-not-a-number": ["table06"],
  "amount-three-decimals": ["table02"],
  "amount-fullwidth": ["table03"],
  "amount-negative": ["table07"],
  "amount-bad-grouping": ["table05"],
  "amount-empty": ["table03"],
  "code-duplicate": ["table05"],
  "code-malformed": ["table06"],
  "code-name-mismatch": ["table03"],
  "text-markup": [],
  "text-too-long": [],
  "yaml-missing-field": null,
  "yaml-syntax": null,
  // The year is wrong, but every file reads: the department-year loads (and the error blocks it).
  "year-mismatch": [],
  "profile-missing": null,
  "profile-unknown": null,
};

/**
 * How many groups of checks cannot run when one table fails to load (one check.not-run warning
 * each): the table's own identities, plus every group of the Guangzhou profile that reads it.
 * Checked one by one against src/budget/profiles/guangzhou-budget/checks.ts and cross-table.ts:
 * - table02: own 3; 表1–表2; 表2–表3; 表4 (reads 表2); 表2–表5/9/10; 情况说明; document → 7
 * - table03: own 3; 表1–表3; 表2–表3; 表5–表12 funds (reads 表3); 情况说明; document → 6
 * - table05: own 3; 表4; 表2–表5/9/10; 表5–表12 funds; 情况说明; document → 6
 * - table06: own 2; 表5–表12 funds; 表6–表11; 表8–表6/7; 情况说明; document → 6
 * - table07: own 2; 表5–表12 funds; 表8–表6/7; 情况说明; document → 5
 * - table09: own 3; 表4; 表2–表5/9/10; 表5–表12 funds; 情况说明; document → 6
 * (情况说明 and the document checks read every table.) A missing file is the loader's
 * folder.missing-file alone: no check reports the table as absent again.
 */
const NOT_RUN_GROUPS: Record<string, number> = {
  table02: 7,
  table03: 6,
  table05: 6,
  table06: 6,
  table07: 5,
  table09: 6,
};

/**
 * The seed's 12 genuine rounding notes (see reconcile.test.ts), by the table they are in: the
 * tables that still load keep theirs.
 */
const SEED_NOTES: Record<string, number> = {
  table01: 1,
  table02: 2,
  table03: 2,
  table04: 1,
  table05: 2,
  table06: 1,
  table11: 3,
};

const loaded = new Map<string, LoadResult>();

/** The loader's result for a case (each case is copied and loaded once). */
const load = async (name: string): Promise<LoadResult> => {
  const cached = loaded.get(name);
  if (cached) return cached;
  const { root } = await seedCopyWithFixture(name);
  const result = await loadData(root);
  loaded.set(name, result);
  return result;
};

const only = <T>(items: readonly T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};

/** The single department-year a warning-only case still loads. */
const loadedYear = async (name: string): Promise<CompleteGuangzhou> =>
  completeGuangzhou(only((await load(name)).departmentYears));

let seed: CompleteGuangzhou;
beforeAll(async () => {
  seed = await loadSeed();
});
afterAll(removeSeedCopies);

describe("broken inputs: exact findings", () => {
  it("has a fixture folder for every expected case and an expectation for every folder", async () => {
    expect(await brokenCaseNames()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(24);
  });

  it.each(Object.entries(EXPECTED))("%s", async (name, expected) => {
    const result = await load(name);
    expect(result.findings.map(project)).toEqual(expected);
    // Every finding speaks both languages and says what to do.
    for (const f of result.findings) {
      expect(f.message.zh).not.toBe("");
      expect(f.message.en).not.toBe("");
      expect(f.hint.zh).not.toBe("");
      expect(f.hint.en).not.toBe("");
    }
    // What still loads: the tables that did not load are left out, the others are kept.
    const failed = FAILED_TABLES[name];
    expect(failed, `FAILED_TABLES has no entry for ${name}`).toBeDefined();
    if (failed === null) expect(result.departmentYears).toEqual([]);
    else {
      const year = only(result.departmentYears);
      expect(year.failedTables).toEqual(failed);
      expect(Object.keys(year.tables).sort()).toEqual(
        seed.profile.tables
          .map((t) => t.id)
          .filter((id) => !failed?.includes(id))
          .sort(),
      );
    }
  });

  it("names the known profiles when department.yaml names none or an unknown one", async () => {
    const missing = only((await load("profile-missing")).findings);
    expect(missing.hint.zh).toContain("guangzhou-budget");
    expect(missing.hint.zh).toContain("shanghai-budget");
    expect(missing.hint.en).toContain("guangzhou-budget");
    expect(missing.hint.en).toContain("shanghai-budget");
    expect(missing.message.zh).toContain("profile");
    const unknown = only((await load("profile-unknown")).findings);
    expect(unknown.value).toBe("guangzhou-budgets");
    expect(unknown.message.zh).toContain("guangzhou-budgets");
    // A near miss gets the suggestion, and the list of known profiles.
    expect(unknown.hint.zh).toContain("是否应为 guangzhou-budget？");
    expect(unknown.hint.en).toContain("Did you mean guangzhou-budget?");
    expect(unknown.hint.zh).toContain("shanghai-budget");
    expect(unknown.hint.en).toContain("shanghai-budget");
    // The list is joined as each language writes a list: 、 in Chinese, a comma in English.
    for (const f of [missing, unknown]) {
      expect(f.hint.zh).toContain("可用的格式：guangzhou-budget、shanghai-budget、jiangsu-budget。");
      expect(f.hint.en).toContain("known profiles are: guangzhou-budget, shanghai-budget, jiangsu-budget.");
      expect(f.hint.en).not.toContain("、");
    }
  });
});

describe("broken inputs: validation (loading, then the checks of whatever loaded)", () => {
  const validated = new Map<string, ValidationResult>();
  const validateCase = async (name: string): Promise<ValidationResult> => {
    const cached = validated.get(name);
    if (cached) return cached;
    const { root } = await seedCopyWithFixture(name);
    const result = await validate(root);
    validated.set(name, result);
    return result;
  };

  it.each(Object.keys(EXPECTED))("%s", async (name) => {
    const [loadedCase, result] = await Promise.all([load(name), validateCase(name)]);
    const expected = EXPECTED[name] ?? [];
    // A department-year with an error is not published; warnings alone do not stop it.
    const fatal = expected.some(([, , , , severity]) => severity === "error");
    expect(result.ok).toBe(!fatal);
    // The loader's findings come first, unchanged.
    expect(result.findings.slice(0, loadedCase.findings.length).map(project)).toEqual(expected);
    const added = result.findings.slice(loadedCase.findings.length);
    const failed = FAILED_TABLES[name] ?? null;
    if (failed === null) {
      expect(added).toEqual([]);
      return;
    }
    const folder = `2025/${name}`;
    // Every new finding was checked by hand (see NOT_RUN_GROUPS and SEED_NOTES): the rounding
    // notes of the tables that loaded and one check.not-run warning per group of checks that
    // needs the table that did not load.
    const notes = Object.entries(SEED_NOTES)
      .filter(([table]) => !failed.includes(table))
      .reduce((n, [, count]) => n + count, 0);
    expect(added.filter((f) => f.severity === "note")).toHaveLength(notes);
    expect(added.filter((f) => f.severity === "note").every((f) => /^t\d\d\./.test(f.rule))).toBe(true);
    const expectedOthers: Projection[] =
      name === "year-mismatch"
        ? // Everything loads, so the document checks run. doc.year holds the titles and the
          // 情况说明 to the folder's year (2025, which they all print), so only the one wrong
          // field fails: department.yaml's `year: 2024`, where the loader's meta.year-mismatch is.
          [[`${folder}/department.yaml`, null, "year", "doc.year", "error"]]
        : failed.flatMap((table) =>
            Array.from({ length: NOT_RUN_GROUPS[table] ?? -1 }, (): Projection => [
              `${folder}/department.yaml`,
              null,
              null,
              "check.not-run",
              "warning",
            ]),
          );
    expect(added.filter((f) => f.severity !== "note").map(project)).toEqual(expectedOthers);
    for (const f of added.filter((g) => g.rule === "check.not-run")) {
      // Each says which table did not load and which rules it could not check.
      expect(f.message.zh).toContain(`表${Number(failed[0]?.slice(5))}未能读入`);
      expect(f.message.en).toContain(`Table ${Number(failed[0]?.slice(5))} did not load`);
    }
  });
});

describe("broken inputs: messages name the bad value and say what to do", () => {
  const theFinding = async (name: string): Promise<Finding> => only((await load(name)).findings);

  it("too many decimals", async () => {
    const f = await theFinding("amount-three-decimals");
    expect(f.value).toBe("1,522.095");
    expect(f.message.zh).toContain("1,522.095");
    expect(f.message.en).toContain("1,522.095");
    expect(f.hint.zh).toContain("两位小数");
    expect(f.hint.en).toMatch(/two decimals/);
  });

  it("full-width digits", async () => {
    const f = await theFinding("amount-fullwidth");
    expect(f.message.zh).toContain("２２０.００");
    expect(f.hint.zh).toContain("半角");
    expect(f.message.en).toMatch(/full-width/);
  });

  it("a non-numeric amount", async () => {
    const f = await theFinding("amount-not-a-number");
    expect(f.message.zh).toContain("9.00万元");
    expect(f.hint.zh).toContain("万元");
    expect(f.message.en).toContain("9.00万元");
  });

  it("a code whose name disagrees with the classification gives both names", async () => {
    const f = await theFinding("code-name-mismatch");
    expect(f.message.zh).toContain("2080505");
    expect(f.message.zh).toContain("“机关事业单位基本养老保险缴费支出”");
    expect(f.message.zh).toContain("“机关事业单位基本养老保险缴费”");
    expect(f.hint.zh).not.toBe("");
    expect(f.message.en).toContain("2080505");
  });

  it("a duplicated code points at its first line", async () => {
    const f = await theFinding("code-duplicate");
    expect(f.message.zh).toContain("2080505");
    expect(f.message.zh).toContain("第 15 行");
    expect(f.message.en).toContain("line 15");
  });

  it("an unquoted thousands separator: the cell count and the fix", async () => {
    const f = await theFinding("cell-count");
    expect(f.message.zh).toBe("此行有 4 个单元格，表头有 3 列");
    expect(f.hint.zh).toContain("千分位");
    expect(f.message.en).toContain("4 cells");
  });

  it("a misspelled header suggests the right column name", async () => {
    const [unknown] = (await load("header-misspelled")).findings;
    expect(unknown?.message.zh).toContain("政府基金预算");
    expect(unknown?.hint.zh).toContain("是否应为“政府性基金预算”");
    expect(unknown?.hint.en).toContain("Did you mean “政府性基金预算”");
  });

  it("an unknown extra column has no suggestion", async () => {
    const f = await theFinding("header-unknown");
    expect(f.message.zh).toContain("备注");
    expect(f.hint.zh).not.toContain("是否应为");
  });

  it("a misspelled file name suggests the right one", async () => {
    const [unknown] = (await load("file-misspelled")).findings;
    expect(unknown?.hint.zh).toContain("table03.csv");
    expect(unknown?.hint.en).toContain("table03.csv");
  });

  it("a missing YAML field is named with its path", async () => {
    const f = await theFinding("yaml-missing-field");
    expect(f.message.zh).toContain("overview.institutions");
    expect(f.message.zh).toContain("缺失");
    expect(f.message.en).toContain("missing");
  });

  it("a year that disagrees with the folder gives both years", async () => {
    const f = await theFinding("year-mismatch");
    expect(f.message.zh).toContain("2024");
    expect(f.message.zh).toContain("2025");
  });
});

describe("broken inputs: what is loaded", () => {
  it("GBK: decodes the Chinese text and the amounts exactly", async () => {
    const table = (await loadedYear("encoding-gbk")).tables.table11;
    expect(table.rows.map((r) => r.name)).toEqual([
      "合计",
      "广州市花都区政务服务和数据管理局",
      "工资福利支出",
      "商品和服务支出",
      "对个人和家庭的补助",
    ]);
    expect(table.rows).toEqual(seed.tables.table11.rows);
  });

  it("UTF-8 with BOM: the first header cell is recognised and the table is the seed's", async () => {
    const table = (await loadedYear("utf8-bom")).tables.table06;
    expect(table.rows.find((r) => r.code === "30231")?.amounts["amount"]).toBe(225);
    expect(table.rows.filter((r) => r.code !== undefined)).toHaveLength(table.rows.length - 1);
    expect(table.rows).toEqual(seed.tables.table06.rows);
  });

  it("CRLF: line numbers are those of the file", async () => {
    const table = (await loadedYear("crlf")).tables.table02;
    expect(table.rows.find((r) => r.code === "2080505")?.line).toBe(15);
    expect(table.rows.map((r) => r.line)).toEqual(Array.from({ length: 19 }, (_, i) => i + 2));
    expect(table.rows).toEqual(seed.tables.table02.rows);
  });

  it("markup in a text cell is kept verbatim, as text", async () => {
    const row = (await loadedYear("text-markup")).tables.table12.rows.find((r) => r.line === 4);
    const goal = row?.texts["performanceGoal"];
    expect(goal).toBe(
      "<script>alert(1)</script>完成大厅日常工作，按时发放聘员工资，购买五险一金，保障聘员能够正常服务群众。",
    );
    const f = only((await load("text-markup")).findings);
    expect(f.value).toBe(goal);
  });

  it("a 10,000-character 绩效目标 is kept whole", async () => {
    const row = (await loadedYear("text-too-long")).tables.table12.rows.find((r) => r.line === 5);
    const goal = row?.texts["performanceGoal"] ?? "";
    expect([...goal]).toHaveLength(10_000);
    const fixture = await readFile(join(BROKEN_FIXTURES_DIR, "text-too-long", "table12.csv"), "utf8");
    expect(fixture).toContain(goal);
    expect(goal.startsWith("在区政务服务大楼")).toBe(true);
    const f = only((await load("text-too-long")).findings);
    expect(f.value).toBe(goal);
    expect(f.message.zh).toContain("10000");
  });

  it("an unknown extra file does not stop the department-year from loading", async () => {
    const year = await loadedYear("file-unknown");
    expect(year.tables.table01.rows).toEqual(seed.tables.table01.rows);
  });

  it("a folder with an invalid name is not loaded at all", async () => {
    const result = await load("folder-bad-name");
    expect(result.departmentYears).toEqual([]);
    expect(result.stats.departmentYears).toBe(0);
  });
});
