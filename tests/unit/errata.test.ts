/**
 * errata.yaml: the published documents' own errors, acknowledged. Each erratum is needed (taking
 * it out of a copy of its folder makes the finding it acknowledges an unacknowledged one again,
 * and validation fail), an erratum that acknowledges nothing is itself an error, a correction
 * lets a misprinted row load with the value the document meant while keeping what it prints,
 * and acknowledged findings are shown but never counted as errors.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument, type YAMLSeq } from "yaml";
import { hasErrors, isError, type Finding } from "../../src/budget/findings";
import { loadData } from "../../src/budget/load";
import { isShanghai, type ShanghaiDepartmentYear } from "../../src/budget/profiles";
import { countBySeverity, formatFindings } from "../../src/budget/report";
import type { BudgetTable } from "../../src/budget/model";
import { validate, type ValidationResult } from "../../src/budget/validate";
import { dataCopyWith, removeSeedCopies, REPO_ROOT } from "../helpers/seed-copy";

type Projection = [rule: string, file: string, line: number | null, column: string | null, severity: string];

const project = (f: Finding): Projection => [
  f.rule,
  f.file.replace(/^.*\//, ""),
  f.line ?? null,
  f.column ?? null,
  f.severity,
];

/** The findings that would block publishing or need attention: errors and warnings not acknowledged. */
const open = (result: ValidationResult): Projection[] =>
  result.findings.filter((f) => f.severity !== "note" && f.acknowledged === undefined).map(project);

const errataText = (path: string): Promise<string> => readFile(join(REPO_ROOT, "data", path, "errata.yaml"), "utf8");

/** errata.yaml without its entry `index`, comments kept. */
const without = (text: string, index: number): string => {
  const doc = parseDocument(text);
  (doc.get("errata") as YAMLSeq).delete(index);
  return doc.toString();
};

afterAll(removeSeedCopies);

/**
 * When an erratum of a table's loading goes, that table no longer loads (its row has an
 * unacknowledged error), so the groups of checks that read it do not run, one check.not-run
 * warning each: its own identities, and each cross-table rule (one group per rule) and each group
 * of 编制说明 checks whose tables include it. An erratum of a check that did not run is not out of
 * date, only not checked this time: a warning errata.unchecked, not the error errata.unmatched.
 */
const notRun = (count: number): Projection[] =>
  Array.from({ length: count }, (): Projection => ["check.not-run", "department.yaml", null, null, "warning"]);
const unmatched = (...indices: number[]): Projection[] =>
  indices.map((i): Projection => ["errata.unmatched", "errata.yaml", null, `errata.${i}`, "error"]);
const unchecked = (...indices: number[]): Projection[] =>
  indices.map((i): Projection => ["errata.unchecked", "errata.yaml", null, `errata.${i}`, "warning"]);

/**
 * Without 表8: its identities; x.t05-t08.basic (表5, 表8); x.t09-t08.economic (表8, 表9). No
 * explanation group reads 表8 (figures: 表1/4/9; items: 表2/3/5/6/7), so every erratum of the
 * checks still acknowledges its finding.
 */
const TABLE08_LOST = notRun(3);
/**
 * 社会福利院 without 表3: its identities; x.t01-t03.total; x.t01-t03.split; x.t02-t03.code;
 * x.t01-t03.class with x.class-name; the item checks (explain.item, -item-sum, -item-name). With
 * one entry gone, the checks' five errata are 15–19: 15 (x.class-name on 表1) and the three item
 * errata 17–19 are unchecked; 16 (x.class-name on 表4, run by x.t04.class) still matches.
 */
// The 表1 class-name check needs 表1 alone, so its erratum (15) still matches.
const FULIYUAN_TABLE03_LOST = [...notRun(6), ...unchecked(17, 18, 19)];
/**
 * 社会福利院 without 表5: its identities; x.t04.budgets; x.t05-t08.basic; x.t02-t05.fiscal;
 * x.t04.class with x.class-name; the item checks. Unchecked: 16 (x.class-name on 表4) and 17–19;
 * 15 (x.class-name on 表1, run by x.t01-t03.class) still matches.
 */
// The 表4 class-name check needs 表4 alone, so its erratum (16) still matches.
const FULIYUAN_TABLE05_LOST = [...notRun(6), ...unchecked(17, 18, 19)];
const name08 = (line: number): Projection => ["code.name-mismatch", "table08.csv", line, "科目名称", "error"];

/** Per folder, per erratum (in file order): what is left open once that one erratum is removed. */
const WITHOUT_ONE: Record<string, { ok: boolean; open: Projection[] }[]> = {
  "2025/putuo-wanli": [
    { ok: false, open: [["explain.item-name", "explanation.yaml", null, "facts.items.20.code", "error"]] },
  ],
  "2024/putuo-wanli": [
    { ok: false, open: [["code.malformed", "table08.csv", 4, "款", "error"], ...TABLE08_LOST] },
    { ok: false, open: [["code.malformed", "table08.csv", 5, "款", "error"], ...TABLE08_LOST] },
    { ok: false, open: [["doc.empty-table-note", "department.yaml", null, "tables.table09.note", "error"]] },
    { ok: false, open: [["explain.percent", "explanation.yaml", null, "facts.items.8.percent", "error"]] },
    { ok: false, open: [["explain.restated", "explanation.yaml", null, "facts.items.30.amount", "error"]] },
  ],
  "2024/putuo-fuliyuan": [
    { ok: false, open: [["code.malformed", "table03.csv", 12, "类", "error"], ...FULIYUAN_TABLE03_LOST] },
    { ok: false, open: [["code.malformed", "table05.csv", 12, "类", "error"], ...FULIYUAN_TABLE05_LOST] },
    ...[6, 14, 15, 16, 17, 18, 19, 20, 23, 24, 25].map((line) => ({
      ok: false,
      open: [name08(line), ...TABLE08_LOST],
    })),
    // An unknown code is a warning: without its erratum it is shown again, but does not block.
    { ok: true, open: [["code.unknown", "table08.csv", 22, "科目编码", "warning"]] },
    { ok: false, open: [name08(26), ...TABLE08_LOST] },
    { ok: false, open: [name08(27), ...TABLE08_LOST] },
    { ok: false, open: [["x.class-name", "table01.csv", 12, "项目", "error"]] },
    { ok: false, open: [["x.class-name", "table04.csv", 8, "项目", "error"]] },
    {
      ok: false,
      open: [
        ["explain.item", "explanation.yaml", null, "facts.items.3.amount", "error"],
        // The locator's verdict on the same cell follows the finding it explains.
        ["locate.likely-cell", "explanation.yaml", null, "facts.items.3.amount", "error"],
      ],
    },
    { ok: false, open: [["explain.item-sum", "explanation.yaml", null, "facts.fiscal_expenditure.amount", "error"]] },
    { ok: false, open: [["explain.item-name", "explanation.yaml", null, "facts.items.4.code", "error"]] },
  ],
};

describe("every erratum is needed", () => {
  const cases = Object.entries(WITHOUT_ONE).flatMap(([path, list]) =>
    list.map((expected, index) => ({ path, index, ...expected })),
  );

  it("lists one case per erratum of each folder", async () => {
    for (const [path, list] of Object.entries(WITHOUT_ONE)) {
      const count = (parseDocument(await errataText(path)).toJS() as { errata: unknown[] }).errata.length;
      expect(list, path).toHaveLength(count);
    }
    expect(cases).toHaveLength(1 + 5 + 21);
  });

  it.each(cases.map((c) => [`${c.path} without erratum ${c.index}`, c] as const))("%s", async (_, c) => {
    const text = await errataText(c.path);
    const erratum = (
      parseDocument(text).toJS() as { errata: { rule: string; file: string; line?: number; column?: string }[] }
    ).errata[c.index];
    // The folder with only one erratum has no errata.yaml left.
    const remaining = WITHOUT_ONE[c.path]?.length === 1 ? null : without(text, c.index);
    const result = await validate(await dataCopyWith(c.path, { "errata.yaml": remaining }));
    expect(result.ok).toBe(c.ok);
    expect(open(result)).toEqual(c.open);
    // The finding it acknowledged is there, as before, but no longer acknowledged.
    const [first] = c.open;
    expect(first?.[0]).toBe(erratum?.rule);
    expect(first?.[1]).toBe(erratum?.file);
    expect(first?.[2]).toBe(erratum?.line ?? null);
    expect(first?.[3]).toBe(erratum?.column ?? null);
  });
});

describe("an erratum that acknowledges nothing", () => {
  it("is an error of its own, naming the rule and the place it was written for", async () => {
    const text = await errataText("2025/putuo-wanli");
    const extra = [
      // Rounding notes need no erratum: one written for a note matches nothing.
      "  - rule: t02.parent-sum",
      "    file: table02.csv",
      "    line: 51",
      '    column: "合计"',
      '    printed: "94,995,790"',
      '    note: "尾差"',
      // The right place, but not what the document prints there.
      "  - rule: explain.item-name",
      "    file: explanation.yaml",
      '    column: "facts.items.20.code"',
      '    printed: "卫生健康支出（类）计划生育事务（款）计划生育服务（项）"',
      '    note: "写错了原文"',
    ].join("\n");
    const result = await validate(
      await dataCopyWith("2025/putuo-wanli", { "errata.yaml": `${text.trimEnd()}\n${extra}\n` }),
    );
    expect(result.ok).toBe(false);
    expect(open(result)).toEqual(unmatched(1, 2));
    const [note, wrongValue] = result.findings.filter((f) => f.rule === "errata.unmatched");
    expect(note?.file).toBe("2025/putuo-wanli/errata.yaml");
    expect(note?.value).toBe("94,995,790");
    expect(note?.message.zh).toBe(
      "勘误条目（t02.parent-sum，2025/putuo-wanli/table02.csv:51 “合计”，原文 “94,995,790”）没有对应的校验结果",
    );
    expect(note?.message.en).toContain("matches no finding");
    expect(wrongValue?.message.zh).toContain("explain.item-name");
    // The genuine erratum still acknowledges its finding, and the note stays a note.
    const itemName = result.findings.find((f) => f.rule === "explain.item-name");
    expect(itemName?.acknowledged?.correct).toBe("卫生健康支出（类）计划生育事务（款）计划生育服务（项）");
    expect(result.findings.find((f) => f.rule === "t02.parent-sum" && f.line === 51)?.acknowledged).toBeUndefined();
  });

  it("is an error in a folder whose document has no error at all", async () => {
    const errata = [
      "errata:",
      "  - rule: explain.item-sum",
      "    file: explanation.yaml",
      '    column: "facts.fiscal_expenditure.amount"',
      '    printed: "37,151.47"',
      '    note: "只是尾差"',
    ].join("\n");
    const result = await validate(await dataCopyWith("2025/putuo-swj", { "errata.yaml": `${errata}\n` }));
    expect(result.ok).toBe(false);
    // The item-sum residue is a rounding note: notes are never acknowledged.
    expect(open(result)).toEqual(unmatched(0));
    expect(result.findings.find((f) => f.rule === "explain.item-sum")?.severity).toBe("note");
  });

  it("matches the printed value without grouping commas, spaces or unit words", async () => {
    const text = await errataText("2024/putuo-wanli");
    const edited = text.replace('printed: "352.67"', 'printed: "352.67 万元"');
    expect(edited).not.toBe(text);
    const result = await validate(await dataCopyWith("2024/putuo-wanli", { "errata.yaml": edited }));
    expect(result.ok).toBe(true);
    expect(open(result)).toEqual([]);
  });
});

describe("a correction lets a misprinted row load", () => {
  let fuliyuan: ShanghaiDepartmentYear;
  let result: ValidationResult;
  beforeAll(async () => {
    result = await validate(join(REPO_ROOT, "data", "2024", "putuo-fuliyuan"));
    const [dy] = result.departmentYears;
    if (!dy || !isShanghai(dy)) throw new Error("社会福利院 2024 did not load");
    fuliyuan = dy;
  });
  const table = (id: string): BudgetTable => {
    const t = fuliyuan.tables[id];
    if (!t) throw new Error(`no ${id}`);
    return t;
  };

  it("社会福利院 表3 row 12: the 类 printed “7” loads as 210, code 2101102, and keeps the “7”", () => {
    for (const id of ["table03", "table05"]) {
      const row = table(id).rows.find((r) => r.line === 12);
      expect(row, id).toMatchObject({
        role: "item",
        name: "事业单位医疗",
        code: "2101102",
        depth: 3,
        misprints: { class: "7" },
      });
      expect(row?.amounts["total"]).toBe(503_724);
    }
    // Its parent [21011] is then checked against it, and agrees.
    const parent = result.reconciliations[0]?.checks.find(
      (c) => c.rule === "t03.parent-sum" && c.row === "[21011]行政事业单位医疗" && c.column === "合计",
    );
    expect(parent).toMatchObject({ status: "pass", printed: 503_724, computed: 503_724 });
    expect(parent?.parts.map((p) => p.line)).toEqual([12]);
  });

  it("the finding stays, acknowledged, with the printed and the correct value", () => {
    const f = result.findings.find((g) => g.rule === "code.malformed" && g.file.endsWith("table03.csv"));
    expect(f).toMatchObject({ severity: "error", line: 12, column: "类", value: "7" });
    expect(f?.acknowledged).toEqual({
      printed: "7",
      correct: "210",
      note: {
        zh: "“事业单位医疗”一行的“类”栏印为“7”，应为 210（卫生健康支出），表2 同一行印为 210。",
        en: "The 类 cell of the row 事业单位医疗 prints “7” for 210 (health); Table 2 prints 210 on the same row.",
      },
    });
    expect(isError(f as Finding)).toBe(false);
  });

  const withoutCorrection = async (): Promise<ValidationResult> => {
    const text = await errataText("2024/putuo-fuliyuan");
    const edited = text.replace('    correct: "210"\n', "");
    expect(edited.split('correct: "210"')).toHaveLength(2); // only 表3's correction removed
    return validate(await dataCopyWith("2024/putuo-fuliyuan", { "errata.yaml": edited }));
  };

  it("without its correct value the row cannot be read, so 表3 does not load and its checks do not run", async () => {
    const copy = await withoutCorrection();
    // The row's error is still acknowledged, but a row the loader cannot read would leave 表3's
    // sums wrong: 表3 fails to load (the other tables load, 表5 with its own correction).
    const dy = copy.departmentYears[0];
    expect(dy?.failedTables).toEqual(["table03"]);
    expect(dy?.tables["table03"]).toBeUndefined();
    expect(Object.keys(dy?.tables ?? {}).sort()).toEqual(
      ["table01", "table02", "table04", "table05", "table06", "table07", "table08", "table09"].sort(),
    );
    const f = copy.findings.find((g) => g.rule === "code.malformed" && g.file.endsWith("table03.csv"));
    expect(f).toMatchObject({ line: 12, column: "类", value: "7" });
    expect(f?.acknowledged).toMatchObject({ printed: "7" });
    expect(f?.acknowledged?.correct).toBeUndefined();
    // As without its erratum (FULIYUAN_TABLE03_LOST), but no entry is gone, and the unread row is
    // itself an error (table.rows-unread): a required table never drops out quietly. The checks'
    // errata are 16–20: 16 (x.class-name on 表1) still matches, its check needs 表1 alone; the item
    // errata 18–20 are unchecked.
    expect(open(copy)).toEqual([
      ["table.rows-unread", "table03.csv", null, null, "error"],
      ...notRun(6),
      ...unchecked(18, 19, 20),
    ]);
    // Not out of date, only not checked this time: a warning that says so, not errata.unmatched.
    expect(
      copy.findings.filter((g) => g.rule === "errata.unchecked").map((g) => g.message.zh.replace(/（.*$/, "")),
    ).toEqual(["勘误条目", "勘误条目", "勘误条目"]);
    expect(copy.findings.some((g) => g.rule === "errata.unmatched")).toBe(false);
    expect(
      copy.findings.filter((g) => g.rule === "check.not-run").map((g) => g.message.zh.replace(/^.*：/, "")),
    ).toEqual([
      "表3每行合计等于基本支出加项目支出；表3上级科目等于其下级科目之和；表3合计行等于各类之和",
      "表1支出总计等于表3合计",
      "表1基本支出、项目支出合计与表3一致",
      "表2与表3各科目合计一致",
      "表1各类支出等于表3该类",
      "财政拨款支出主要内容与表一致；财政拨款支出主要内容之和等于财政拨款支出；所列科目名称与表一致",
    ]);
  });

  it("without its correct value, the folder does not pass validation (a required table did not load)", async () => {
    const copy = await withoutCorrection();
    // Every finding left open is a warning, yet 表3 — a table the document must publish — is
    // not in the department-year: validation must not pass it for publishing.
    expect(copy.ok).toBe(false);
  });
});

describe("acknowledged findings are shown but are not errors", () => {
  let result: ValidationResult;
  beforeAll(async () => {
    result = await validate(join(REPO_ROOT, "data", "2024", "putuo-fuliyuan"));
  });

  it("do not block publishing", () => {
    const acknowledged = result.findings.filter((f) => f.acknowledged !== undefined);
    // 21 errors and the one warning (an unknown economic code) of the document.
    expect(acknowledged).toHaveLength(22);
    expect(acknowledged.filter((f) => f.severity === "error")).toHaveLength(21);
    expect(acknowledged.some(isError)).toBe(false);
    expect(hasErrors(result.findings)).toBe(false);
    expect(result.ok).toBe(true);
    expect(countBySeverity(result.findings)).toEqual({ errors: 0, warnings: 0, notes: 0, acknowledged: 22 });
    // The reconciliation summary counts the failed checks, and how many of them errata acknowledge.
    expect(result.reconciliationSummary).toMatchObject({ errors: 5, acknowledged: 5 });
  });

  it("are reported as known errors of the published document, with the likely correct value", () => {
    const zh = formatFindings(result.findings, "zh");
    expect(zh).toContain("[已登记的原文差错] 第 12 行，“类”列：");
    expect(zh).toContain(
      "勘误说明：“事业单位医疗”一行的“类”栏印为“7”，应为 210（卫生健康支出），表2 同一行印为 210。（应为 210）",
    );
    expect(zh).not.toContain("[错误]");
    const en = formatFindings(result.findings, "en");
    expect(en).toContain("[acknowledged erratum] line 12, column “类”:");
    expect(en).toContain("(should be 210)");
    expect(en).not.toContain("[error]");
  });

  it("the same finding without an erratum is an error", async () => {
    const loaded = await loadData(await dataCopyWith("2024/putuo-fuliyuan", { "errata.yaml": null }));
    const f = loaded.findings.find((g) => g.rule === "code.malformed" && g.file.endsWith("table03.csv"));
    expect(f?.acknowledged).toBeUndefined();
    expect(f && isError(f)).toBe(true);
    // And the row cannot load without the correction: 表3 is left out of the checks.
    expect(loaded.departmentYears[0]?.failedTables).toEqual(["table03", "table05", "table08"]);
  });
});
