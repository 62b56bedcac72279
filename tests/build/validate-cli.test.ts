/**
 * npm run validate as staff run it, in a child process: on a broken case it names file, line and
 * column in Chinese, in English with --lang en, and as JSON, and exits 1; on data/ it exits 0.
 * The loader's findings for every broken case are in tests/unit/broken-inputs.test.ts.
 */
import { execFile } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding, Severity } from "../../src/budget/findings";
import { REPO_ROOT, removeSeedCopies, seedCopyWithFixture } from "../helpers/seed-copy";

type Projection = [file: string, line: number | null, column: string | null, rule: string, severity: Severity];

const project = (f: Finding): Projection => [f.file, f.line ?? null, f.column ?? null, f.rule, f.severity];

afterAll(removeSeedCopies);

describe("the validate CLI", () => {
  const run = (args: string[]): Promise<{ code: number; stdout: string }> =>
    new Promise((resolve) => {
      execFile("npx", ["tsx", "src/cli/validate.ts", ...args], { cwd: REPO_ROOT }, (error, stdout) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout });
      });
    });

  it("names file, line and column and exits 1 on a broken case; exits 0 on data/", async () => {
    const { root } = await seedCopyWithFixture("amount-three-decimals");

    const [json, zh, en, seedRun] = await Promise.all([
      run([root, "--json"]),
      run([root]),
      run([root, "--lang", "en"]),
      run(["data"]),
    ]);

    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; findings: Finding[] };
    expect(report.ok).toBe(false);
    // The CLI validates: the loader's finding, then the checks of the eleven tables that loaded.
    // Each checked by hand: the seed's rounding notes outside 表2 (its two 表2 notes are gone),
    // and seven groups of checks that need 表2 (NOT_RUN_GROUPS in tests/unit/broken-inputs.test.ts).
    const T = (n: string) => `2025/amount-three-decimals/table${n}.csv`;
    const D = "2025/amount-three-decimals/department.yaml";
    expect(report.findings.map(project)).toEqual([
      // The loader's finding, as tests/unit/broken-inputs.test.ts expects it of this case.
      [T("02"), 5, "合计", "amount.too-many-decimals", "error"],
      [T("01"), 35, "预算", "t01.year-total", "note"],
      [T("04"), 31, "预算", "t04.year-total", "note"],
      [T("03"), 2, "合计", "t03.total-row", "note"],
      [T("03"), 2, "基本支出", "t03.total-row", "note"],
      [T("05"), 2, "小计", "t05.total-row", "note"],
      [T("05"), 2, "基本支出", "t05.total-row", "note"],
      [T("06"), 2, "预算", "t06.total-row", "note"],
      [T("11"), 3, "总计", "t11.unit-sum", "note"],
      [T("11"), 3, "财政拨款合计", "t11.unit-sum", "note"],
      [T("11"), 3, "一般公共预算", "t11.unit-sum", "note"],
      [D, null, null, "check.not-run", "warning"],
      [D, null, null, "check.not-run", "warning"],
      [D, null, null, "check.not-run", "warning"],
      [D, null, null, "check.not-run", "warning"],
      [D, null, null, "check.not-run", "warning"],
      [D, null, null, "check.not-run", "warning"],
      [D, null, null, "check.not-run", "warning"],
    ]);

    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain("2025/amount-three-decimals/table02.csv");
    expect(zh.stdout).toContain("第 5 行，“合计”列");
    expect(zh.stdout).toContain("1,522.095");
    expect(zh.stdout).toContain("amount.too-many-decimals");

    expect(en.code).toBe(1);
    expect(en.stdout).toContain("2025/amount-three-decimals/table02.csv");
    expect(en.stdout).toContain("line 5, column “合计”");

    expect(seedRun.code).toBe(0);
    expect(seedRun.stdout).toContain("0 个错误");
  }, 180_000); // four CLI runs through npx tsx: slow on a loaded machine
});
