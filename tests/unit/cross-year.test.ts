/**
 * Across years: the changes a 情况说明 states against last year's budget must follow from last
 * year's published tables when both years are in the data. 万里街道 2025 states its changes on
 * 2024; 万里街道 2024 is in data/.
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/budget/validate";
import { REPO_ROOT } from "../helpers/seed-copy";

/** A data root with 万里街道 2024 and 2025, 2024's table edited by `edit`. */
const wanliPair = async (file: string, edit: (csv: string) => string): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), "budget-years-"));
  for (const year of ["2024", "2025"]) {
    await cp(join(REPO_ROOT, "data", year, "putuo-wanli"), join(root, year, "putuo-wanli"), { recursive: true });
  }
  const path = join(root, "2024", "putuo-wanli", file);
  const before = await readFile(path, "utf8");
  const after = edit(before);
  expect(after, "the edit changes the file").not.toBe(before);
  await writeFile(path, after);
  return root;
};

const yearChecks = async (root: string) => {
  const result = await validate(root);
  const r2025 = result.reconciliations.find((r) => r.path === "2025/putuo-wanli");
  return {
    result,
    checks: r2025?.checks.filter((c) => c.rule === "year.prior-figure") ?? [],
    findings: result.findings.filter((f) => f.rule === "year.prior-figure"),
  };
};

describe("cross-year reconciliation", () => {
  it("checks every change 万里街道 2025 states on the 2024 budget against 2024's tables, and they agree", async () => {
    const { checks } = await yearChecks(join(REPO_ROOT, "data"));
    // 财政拨款收入, 财政拨款支出, 一般公共预算, 政府性基金, 国有资本经营, “三公” and its five parts.
    expect(checks.map((c) => [c.row, c.status])).toEqual([
      ["财政拨款收入", "pass"],
      ["财政拨款支出预算", "pass"],
      ["一般公共预算拨款支出预算", "pass"],
      ["政府性基金拨款支出预算", "pass"],
      ["国有资本经营预算拨款支出预算", "pass"],
      ["“三公”经费", "pass"],
      ["因公出国（境）费", "pass"],
      ["公务用车购置及运行费", "pass"],
      ["公务用车购置费", "pass"],
      ["公务用车运行费", "pass"],
      ["公务接待费", "pass"],
    ]);
    // 18,976.76 − 3,355.65 = 15,621.11 万元 against 2024's 156,211,123 元.
    const fiscal = checks[0];
    expect([fiscal?.printed, fiscal?.computed, fiscal?.scale]).toEqual([1562111, 1562111, undefined]);
  });

  it("bites: 2024's 财政拨款收入 changed, 2025's stated change no longer reconciles", async () => {
    const root = await wanliPair("table01.csv", (csv) =>
      csv.replace('收入,一、财政拨款收入,"156,211,123"', '收入,一、财政拨款收入,"156,311,123"'),
    );
    const { findings, result } = await yearChecks(root);
    expect(result.ok).toBe(false);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.value])).toEqual([
      ["2024/putuo-wanli/table01.csv", 2, "预算数", "error", "156,311,123 元"],
    ]);
    expect(findings[0]?.check).toMatchObject({ printed: 1563111, computed: 1562111, difference: 1000 });
  });

  // 2024's 财政拨款收入 is printed in 元, 2025's figures in 万元: the 元 figure is rounded to 万元
  // once, half away from zero, and the three rounded figures may together be 0.015 万元 off.
  const fiscalWith = async (yuan: string) => {
    const root = await wanliPair("table01.csv", (csv) =>
      csv.replace('收入,一、财政拨款收入,"156,211,123"', `收入,一、财政拨款收入,"${yuan}"`),
    );
    const { checks } = await yearChecks(root);
    return checks[0];
  };

  it("rounds a 元 figure to 万元 half away from zero: 156,211,150 元 is 15,621.12 万元", async () => {
    expect(await fiscalWith("156,211,150")).toMatchObject({
      printed: 1562112,
      computed: 1562111,
      difference: 1,
      tolerance: 1.5,
      status: "note",
    });
    expect(await fiscalWith("156,211,149")).toMatchObject({ printed: 1562111, difference: 0, status: "pass" });
  });

  it("lets three rounded figures be 0.01 万元 off (a note), not 0.02 (an error)", async () => {
    expect(await fiscalWith("156,211,223")).toMatchObject({ printed: 1562112, difference: 1, status: "note" });
    expect(await fiscalWith("156,211,273")).toMatchObject({ printed: 1562113, difference: 2, status: "error" });
  });

  it("bites on the “三公” table too, in 万元 on both sides", async () => {
    const root = await wanliPair("table09.csv", (csv) => csv.replace("\n47.91,", "\n48.91,"));
    const { findings } = await yearChecks(root);
    expect(findings.map((f) => [f.file, f.column, f.value])).toEqual([
      ["2024/putuo-wanli/table09.csv", "合计", "48.91"],
    ]);
  });
});

describe("a table copied unchanged from last year", () => {
  it("is a warning naming the table and last year, once the 2025 table is 2024's", async () => {
    const root = await mkdtemp(join(tmpdir(), "budget-years-"));
    for (const year of ["2024", "2025"]) {
      await cp(join(REPO_ROOT, "data", year, "putuo-wanli"), join(root, year, "putuo-wanli"), { recursive: true });
    }
    const copied = await readFile(join(root, "2024", "putuo-wanli", "table05.csv"), "utf8");
    await writeFile(join(root, "2025", "putuo-wanli", "table05.csv"), copied);
    const found = (await validate(root)).findings.filter((f) => f.rule === "year.copied-table");
    expect(found.map((f) => [f.file, f.severity, f.message.zh])).toEqual([
      [
        "2025/putuo-wanli/table05.csv",
        "warning",
        "一般公共预算支出功能分类预算表与上一年度（2024年）的同一张表逐行完全相同",
      ],
    ]);
  });

  it("is not reported for the real 2024 and 2025 documents", async () => {
    const found = (await validate(join(REPO_ROOT, "data"))).findings.filter((f) => f.rule === "year.copied-table");
    expect(found).toEqual([]);
  });
});
