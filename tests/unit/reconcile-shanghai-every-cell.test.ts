/**
 * Every amount of two Shanghai documents is checked: 万里 2025 (部门预算, whole 元) and
 * 社会福利院 2024 (单位预算, whole 元, with 表1's 人员经费 / 公用经费 / 项目支出 columns). Each amount
 * cell of each table, raised by one unit of its print (1 元; 0.01 万元 is not enough for 表9 in
 * 万元, which is raised by 1.00), must make validation fail with an error the errata do not
 * acknowledge, named at the cell's row or among the parts of a failed check, and never blamed on
 * another cell by the locator.
 *
 * Not every cell can be caught by 1 元. The cells that are not are listed below, each with the
 * reason: most are parts of sums of several printed 元 figures, where a 1 元 difference is what
 * rounding each figure to the 元 leaves (the documents themselves have such residues), so it is
 * a rounding note, not an error; the rest are cells the loader accepts although the document
 * prints nothing there and nothing checks them (reported as an engine issue).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyErrata } from "../../src/budget/errata";
import { isError, type Finding } from "../../src/budget/findings";
import { loadData } from "../../src/budget/load";
import { isShanghai, type ShanghaiDepartmentYear } from "../../src/budget/profiles";
import { reconcile } from "../../src/budget/reconcile";
import { validate } from "../../src/budget/validate";
import { dataCopyWith, removeSeedCopies, REPO_ROOT } from "../helpers/seed-copy";

interface Outcome {
  cell: string;
  caught: boolean;
  atRow: boolean;
  amongParts: boolean;
  /** The locator named a cell other than this one. */
  blamedElsewhere: boolean;
  /** Rounding notes that were not there before. */
  newNotes: number;
  /** Any finding at all that was not there before. */
  anything: boolean;
}

const key = (f: Finding): string => JSON.stringify([f.rule, f.file, f.line, f.column, f.severity, f.value]);

/** Raise every amount cell in turn and see what validation says, the errata applied as validate() does. */
const everyCell = (dy: ShanghaiDepartmentYear): Outcome[] => {
  const baseline = reconcile(dy).findings;
  applyErrata(baseline, dy.errata);
  const before = new Set(baseline.map(key));
  const outcomes: Outcome[] = [];
  for (const spec of dy.profile.tables) {
    const table = dy.tables[spec.id];
    if (!table) throw new Error(`${dy.path}: ${spec.id} did not load`);
    table.rows.forEach((row, index) => {
      for (const column of Object.keys(row.amounts)) {
        // A copy sharing everything but the one row changed (reconciliation reads, never writes).
        // One unit of print: 1 元 in 表1–表8; 1.00 万元 (100 hundredths) in 表9. The cell then
        // prints a figure, so it is no longer a printed blank.
        const target = {
          ...row,
          amounts: { ...row.amounts, [column]: (row.amounts[column] ?? 0) + (table.scale === 2 ? 100 : 1) },
          ...(row.blanks ? { blanks: row.blanks.filter((b) => b !== column) } : {}),
        } as typeof row;
        const rows = table.rows.map((r, i) => (i === index ? target : r));
        const copy: ShanghaiDepartmentYear = { ...dy, tables: { ...dy.tables, [spec.id]: { ...table, rows } } };
        const findings = reconcile(copy).findings;
        applyErrata(findings, copy.errata);
        const errors = findings.filter(isError);
        const header = spec.columns.find((c) => c.key === column)?.header ?? column;
        const here = (f: { file: string; line?: number; column?: string }) =>
          f.file === table.file && f.line === row.line && f.column === header;
        const fresh = findings.filter((f) => !before.has(key(f)));
        outcomes.push({
          cell: `${spec.id}:${row.line}:${header}`,
          caught: errors.length > 0,
          atRow: errors.some((f) => f.file === table.file && f.line === row.line),
          amongParts: errors.some((f) => (f.check?.parts ?? []).some(here)),
          blamedElsewhere: errors.some((f) => f.rule === "locate.likely-cell" && !here(f)),
          newNotes: fresh.filter((f) => f.severity === "note").length,
          anything: fresh.length > 0,
        });
      }
    });
  }
  return outcomes;
};

/** `table:line:header` for each line and header given. */
const cells = (table: string, lines: readonly number[], headers: readonly string[]): string[] =>
  lines.flatMap((line) => headers.map((header) => `${table}:${line}:${header}`));

const THREE_BUDGETS = ["一般公共预算", "政府性基金预算", "国有资本经营预算"];

interface Expected {
  cells: number;
  /**
   * Income lines of 表1 (单位预算 form) and 表4, in the columns that belong to the expenditure
   * side. The document prints nothing there; the loader nevertheless accepts a figure in them,
   * and no check reads them: a figure typed there is silently kept (reported as an engine issue).
   */
  wrongSide: string[];
  /** Parts of sums of several 元 figures only: +1 元 is within rounding in every check they are in. */
  withinRounding: string[];
  /** Caught, but reported at another place than the cell's row and not among a check's parts. */
  namedElsewhere: string[];
}

const EXPECTED: Record<string, Expected> = {
  "2025/putuo-wanli": {
    cells: 920,
    wrongSide: cells("table04", [2, 3, 4, 5], THREE_BUDGETS),
    withinRounding: [
      // 表3's 基本支出 and 项目支出 are parts of the row's 合计 (基本 + 项目), of their parent code
      // and of the 合计 row, each a sum of two or more non-zero figures; only 合计 is compared
      // across tables (with 表2). Where a row already has a 1 元 residue (the [21201] rows), +1
      // on one side of it cancels or keeps it within ±1.5 元.
      "table03:29:基本支出",
      "table03:29:项目支出",
      "table03:50:项目支出",
      "table03:51:项目支出",
      "table03:52:基本支出",
      "table03:52:项目支出",
      "table03:53:基本支出",
      "table03:54:项目支出",
      "table03:55:项目支出",
      "table03:68:基本支出",
      "table03:68:项目支出",
      // 表5 likewise; its 合计 per 项 is compared with the 编制说明 only, in 万元 (to 100 元).
      "table05:29:基本支出",
      "table05:29:项目支出",
      "table05:50:项目支出",
      "table05:51:项目支出",
      "table05:52:合计",
      "table05:52:基本支出",
      "table05:52:项目支出",
      "table05:53:基本支出",
      "table05:54:项目支出",
      "table05:55:项目支出",
      "table05:68:项目支出",
      // 表8's 合计 row 人员经费: the sum of three classes and part of the row's 合计.
      "table08:33:人员经费",
    ],
    namedElsewhere: [],
  },
  "2024/putuo-fuliyuan": {
    cells: 347,
    wrongSide: [
      ...cells("table01", [2, 3, 4, 5, 6, 7, 8, 9], ["人员经费", "公用经费", "项目支出"]),
      ...cells("table04", [2, 3, 4, 5], THREE_BUDGETS),
    ],
    withinRounding: [
      // 表1's 人员经费 and 公用经费 are parts of the line's 合计 (three columns), of 支出总计 and,
      // added together, of 表3's 基本支出 for the class.
      "table01:11:人员经费",
      "table01:12:公用经费",
      "table01:13:公用经费",
      // [208] in 表2's 财政拨款收入 and 表3's 基本支出: parts of two- and three-part sums only.
      "table02:2:财政拨款收入",
      "table03:2:基本支出",
      // 表8's 合计 row 人员经费.
      "table08:28:人员经费",
    ],
    // 表9's 机关运行经费 raised to 1.00: the text says 无机关运行经费, and doc.admin-costs-none
    // reports it at explanation.yaml's facts.admin_costs.
    namedElsewhere: ["table09:2:机关运行经费"],
  },
};

const years = new Map<string, ShanghaiDepartmentYear>();
const outcomes = new Map<string, Outcome[]>();
beforeAll(async () => {
  for (const path of Object.keys(EXPECTED)) {
    const [dy] = (await loadData(join(REPO_ROOT, "data"), path)).departmentYears;
    if (!dy || !isShanghai(dy)) throw new Error(`${path} did not load`);
    years.set(path, dy);
    outcomes.set(path, everyCell(dy));
  }
});

describe.each(Object.keys(EXPECTED))("every amount of %s is checked", (path) => {
  const expected = EXPECTED[path] as Expected;
  const of = () => outcomes.get(path) ?? [];

  it("raises each of its amount cells", () => {
    expect(of()).toHaveLength(expected.cells);
  });

  it("catches each with an error, except exactly the cells listed, for the reasons given", () => {
    const uncaught = of()
      .filter((o) => !o.caught)
      .map((o) => o.cell);
    expect(uncaught).toEqual([...expected.wrongSide, ...expected.withinRounding].sort(byCell(of())));
  });

  it("still shows each cell within rounding as a new rounding note", () => {
    for (const o of of().filter((x) => expected.withinRounding.includes(x.cell))) {
      expect(o.newNotes, o.cell).toBeGreaterThan(0);
    }
  });

  it("says nothing at all about a figure on the wrong side of a two-sided table", () => {
    for (const o of of().filter((x) => expected.wrongSide.includes(x.cell))) expect(o.anything, o.cell).toBe(false);
  });

  it("names the cell's row or lists the cell, and never blames another cell", () => {
    const caught = of().filter((o) => o.caught);
    expect(caught.filter((o) => o.blamedElsewhere).map((o) => o.cell)).toEqual([]);
    expect(caught.filter((o) => !o.atRow && !o.amongParts).map((o) => o.cell)).toEqual(expected.namedElsewhere);
  });
});

describe("a figure on the wrong side of 表4, written in the CSV", () => {
  afterAll(removeSeedCopies);

  it("is read and kept, and nothing reports it (the engine issue above, through the loader)", async () => {
    const file = "table04.csv";
    const text = await readFile(join(REPO_ROOT, "data", "2025", "putuo-wanli", file), "utf8");
    const line = '收入,一、一般公共预算资金,"189,767,551",,,';
    expect(text).toContain(line);
    const result = await validate(
      await dataCopyWith("2025/putuo-wanli", {
        [file]: text.replace(line, '收入,一、一般公共预算资金,"189,767,551",5,,'),
      }),
    );
    const row = result.departmentYears[0]?.tables["table04"]?.rows.find((r) => r.line === 2);
    expect(row?.amounts["generalBudget"]).toBe(5);
    expect(result.ok).toBe(true);
    expect(result.findings.filter((f) => f.file.endsWith(file))).toEqual([]);
  });
});

/** Order cells as the tables are walked (table, row, column), like the outcomes. */
const byCell =
  (all: readonly Outcome[]) =>
  (a: string, b: string): number =>
    all.findIndex((o) => o.cell === a) - all.findIndex((o) => o.cell === b);
