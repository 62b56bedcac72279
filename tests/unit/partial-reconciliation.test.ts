/**
 * Partial reconciliation: a table that fails to load (here, a misspelt column header) is left
 * out of the department-year, the other tables are still checked exactly as they would be, and
 * every group of checks that needs the missing table (for Shanghai, one group per cross-table
 * rule) is reported as check.not-run — never skipped in silence.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/budget/findings";
import type { RuleSummary } from "../../src/budget/reconcile";
import { validate, type ValidationResult } from "../../src/budget/validate";
import { dataCopyWith, removeSeedCopies, REPO_ROOT } from "../helpers/seed-copy";

type Projection = [file: string, line: number | null, column: string | null, rule: string, severity: string];
const project = (f: Finding): Projection => [
  f.file.replace(/^.*\//, ""),
  f.line ?? null,
  f.column ?? null,
  f.rule,
  f.severity,
];

const withEdit = async (path: string, file: string, from: string, to: string): Promise<ValidationResult> => {
  const text = await readFile(join(REPO_ROOT, "data", path, file), "utf8");
  if (!text.includes(from)) throw new Error(`${from} not in ${path}/${file}`);
  return validate(await dataCopyWith(path, { [file]: text.replace(from, to) }));
};

const checksByRule = (rules: readonly RuleSummary[]): Record<string, number> =>
  Object.fromEntries(rules.map((r) => [r.id, r.checks]));

afterAll(removeSeedCopies);

describe("商务委 2025 with 表3's header 基本支出 misspelt 基本支岀", () => {
  let broken: ValidationResult;
  let whole: ValidationResult;
  beforeAll(async () => {
    [broken, whole] = await Promise.all([
      withEdit("2025/putuo-swj", "table03.csv", "基本支出", "基本支岀"),
      validate(join(REPO_ROOT, "data", "2025", "putuo-swj")),
    ]);
  });

  it("fails, with the header error and one check.not-run per group of checks that needs 表3", () => {
    expect(broken.ok).toBe(false);
    expect(broken.findings.map(project)).toEqual([
      ["table03.csv", 1, "基本支岀", "header.unknown", "error"],
      // 表3's own identities.
      ["department.yaml", null, null, "check.not-run", "warning"],
      // The cross-table rules that read 表3, one group per rule: x.t01-t03.total,
      // x.t01-t03.split, x.t02-t03.code, and x.t01-t03.class (with x.class-name).
      ["department.yaml", null, null, "check.not-run", "warning"],
      ["department.yaml", null, null, "check.not-run", "warning"],
      ["department.yaml", null, null, "check.not-run", "warning"],
      ["department.yaml", null, null, "check.not-run", "warning"],
      // The 编制说明's item checks (表2/3/5/6/7); its figures (表1/4/9) and text checks still run.
      ["department.yaml", null, null, "check.not-run", "warning"],
    ]);
    expect(broken.findings[0]?.hint.zh).toContain("是否应为“基本支出”");
  });

  it("leaves 表3 out and keeps the other eight tables", () => {
    const [dy] = broken.departmentYears;
    expect(dy?.failedTables).toEqual(["table03"]);
    expect(dy?.absentTables).toEqual([]);
    expect(Object.keys(dy?.tables ?? {})).toEqual([
      "table01",
      "table02",
      "table04",
      "table05",
      "table06",
      "table07",
      "table08",
      "table09",
    ]);
  });

  it("says which rules did not run and why, in both languages", () => {
    const notRun = broken.findings.filter((f) => f.rule === "check.not-run");
    expect(notRun.map((f) => f.message.zh)).toEqual([
      "有 3 条校验规则无法执行（表3未能读入）：表3每行合计等于基本支出加项目支出；表3上级科目等于其下级科目之和；表3合计行等于各类之和",
      "有 1 条校验规则无法执行（表3未能读入）：表1支出总计等于表3合计",
      "有 1 条校验规则无法执行（表3未能读入）：表1基本支出、项目支出合计与表3一致",
      "有 1 条校验规则无法执行（表3未能读入）：表2与表3各科目合计一致",
      "有 1 条校验规则无法执行（表3未能读入）：表1各类支出等于表3该类",
      "有 3 条校验规则无法执行（表3未能读入）：财政拨款支出主要内容与表一致；财政拨款支出主要内容之和等于财政拨款支出；所列科目名称与表一致",
    ]);
    for (const f of notRun) {
      expect(f.message.en).toMatch(/^\d+ rule\(s\) could not run \(Table 3 did not load\): /);
      expect(f.hint.zh).toBe("先改正上面列出的该表的错误，这些校验就会执行。");
      expect(f.file).toBe("2025/putuo-swj/department.yaml");
    }
  });

  it("still performs every check of the other tables, as many as when nothing is broken", () => {
    const rules = broken.reconciliations[0]?.rules ?? [];
    const mine = checksByRule(rules);
    const full = checksByRule(whole.reconciliations[0]?.rules ?? []);
    const ran = Object.entries(mine)
      .filter(([, n]) => n > 0)
      .map(([id]) => id);
    expect(ran).toEqual([
      "t01.grand-total",
      "t01.sub-lines",
      "t01.balance",
      "t02.row-total",
      "t02.parent-sum",
      "t02.total-row",
      "t04.grand-total",
      "t04.balance",
      "t04.row-total",
      "t05.row-total",
      "t05.parent-sum",
      "t05.total-row",
      "t06.row-total",
      "t06.total-row",
      "t07.row-total",
      "t07.total-row",
      "t08.row-total",
      "t08.parent-sum",
      "t08.total-row",
      "t09.three-public",
      "t09.vehicles",
      // The cross-table rules that do not read 表3 run in full.
      "x.t01-t02.income",
      "x.t02-t05.fiscal",
      "x.t04-t01.fiscal",
      "x.t04-t05.budgets",
      "x.t04-t05.class",
      "x.t05-t08.basic",
      "x.t09-t08.economic",
      // So do the 编制说明's figures (表1/4/9) and its checks against its own text.
      "explain.figure",
      "explain.parts",
      "explain.text",
      "doc.year",
      "doc.kind",
      "doc.empty-table-note",
    ]);
    for (const id of ran) {
      // doc.empty-table-note looks at each table's note against its amounts: 表3's is skipped.
      expect(mine[id], id).toBe(id === "doc.empty-table-note" ? (full[id] ?? 0) - 1 : full[id]);
    }
    // Nothing the whole document passes fails here: what did run, passed. (The whole document's
    // one rounding note is explain.item-sum's, which needs 表3.) 256 checks within the tables,
    // 70 across them, 81 against the 编制说明, 29 of the document.
    expect(broken.reconciliationSummary).toMatchObject({ checks: 436, passed: 436, notes: 0, errors: 0 });
  });
});

describe("万里 2025 with 表9's header 机关运行经费 misspelt 机关运行费", () => {
  it("keeps the other tables' rounding notes, reports the checks that need 表9, and its erratum still acknowledges its finding", async () => {
    const result = await withEdit("2025/putuo-wanli", "table09.csv", "机关运行经费", "机关运行费");
    expect(result.departmentYears[0]?.failedTables).toEqual(["table09"]);
    expect(result.findings.map(project)).toEqual([
      ["table09.csv", 1, "机关运行费", "header.unknown", "error"],
      // The 元 tables load and are checked: their ten 1 元 residues are there, as without the edit.
      ["table03.csv", 51, "合计", "t03.row-total", "note"],
      ["table05.csv", 51, "合计", "t05.row-total", "note"],
      ["table02.csv", 50, "合计", "t02.parent-sum", "note"],
      ["table02.csv", 50, "财政拨款收入", "t02.parent-sum", "note"],
      ["table02.csv", 51, "合计", "t02.parent-sum", "note"],
      ["table02.csv", 51, "财政拨款收入", "t02.parent-sum", "note"],
      ["table03.csv", 50, "合计", "t03.parent-sum", "note"],
      ["table03.csv", 51, "合计", "t03.parent-sum", "note"],
      ["table05.csv", 50, "合计", "t05.parent-sum", "note"],
      ["table05.csv", 51, "合计", "t05.parent-sum", "note"],
      // The 编制说明's item checks need no 表9: they run, with their rounding note and the
      // document's misnamed item, which the folder's one erratum acknowledges.
      ["explanation.yaml", null, "facts.fiscal_expenditure.amount", "explain.item-sum", "note"],
      ["explanation.yaml", null, "facts.items.20.code", "explain.item-name", "error"],
      // 表9's own identities, x.t09-t08.economic, and the 编制说明's figures (表1/4/9).
      ["department.yaml", null, null, "check.not-run", "warning"],
      ["department.yaml", null, null, "check.not-run", "warning"],
      ["department.yaml", null, null, "check.not-run", "warning"],
    ]);
    expect(result.findings.find((f) => f.rule === "explain.item-name")?.acknowledged?.correct).toBe(
      "卫生健康支出（类）计划生育事务（款）计划生育服务（项）",
    );
    expect(result.findings.some((f) => f.rule.startsWith("errata."))).toBe(false);
    expect(result.findings.filter((f) => f.rule === "check.not-run").map((f) => f.message.zh)).toEqual([
      "有 2 条校验规则无法执行（表9未能读入）：表9“三公”经费合计等于三个分项之和；表9公务用车购置及运行费等于购置费加运行费",
      "有 1 条校验规则无法执行（表9未能读入）：表9公务接待费、公务用车运行费不少于表8对应经济科目",
      "有 1 条校验规则无法执行（表9未能读入）：说明中的数字与表一致",
    ]);
  });
});
