/**
 * Properties over random consistent Shanghai department-years (tests/helpers/random-shanghai-
 * department-year.ts: 部门预算 and 单位预算, whole 元 or 元 to the 分, several classes, 款 and 项,
 * basic and project spending, all three budgets and non-fiscal revenue, zero cells printed blank
 * or as 0, a “三公” table in 万元, and the 编制说明 with figures in 万元 rounded from the tables),
 * each written to files in a temporary data root and validated through the real loader:
 *
 * - a consistent one validates with no error and no warning (rounding notes at most, each within
 *   its tolerance);
 * - changing any one amount cell by more than rounding can explain is always caught by an error,
 *   named at that cell's row or among the parts of a failed check, and the locator, when it names
 *   a cell, names this one.
 */
import fc from "fast-check";
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { isError } from "../../src/budget/findings";
import { isShanghai } from "../../src/budget/profiles";
import { validate } from "../../src/budget/validate";
import {
  cellValue,
  filesOf,
  printCell,
  shanghaiDocumentArb,
  type ShanghaiDocument,
} from "../helpers/random-shanghai-department-year";
import { dataRootWith, removeSeedCopies } from "../helpers/seed-copy";

afterAll(removeSeedCopies);

/** Validate a document's files, in a data root of their own that is removed afterwards. */
const validated = async (doc: ShanghaiDocument, files: Record<string, string>) => {
  const root = await dataRootWith(doc.path, files);
  try {
    return await validate(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};

describe("random consistent Shanghai department-years", () => {
  it("load through the loader and pass every rule (rounding notes at most)", async () => {
    await fc.assert(
      fc.asyncProperty(shanghaiDocumentArb, async (doc) => {
        const result = await validated(doc, filesOf(doc));
        const problems = result.findings.filter((f) => f.severity !== "note");
        expect(problems.map((f) => `${f.rule} ${f.file}:${f.line ?? ""} ${f.column ?? ""} ${f.message.zh}`)).toEqual(
          [],
        );
        expect(result.ok).toBe(true);
        // What was written is what loaded: the profile, the kind, the unit, every table.
        const [dy] = result.departmentYears;
        expect(dy && isShanghai(dy)).toBe(true);
        expect(dy?.kind).toBe(doc.plan.kind);
        expect(dy?.unit).toEqual({ unit: "元", decimals: doc.plan.decimals });
        expect(dy?.failedTables).toEqual([]);
        expect(Object.keys(dy?.tables ?? {})).toHaveLength(9);
        for (const c of result.reconciliations[0]?.checks ?? []) {
          if (c.status === "note") expect(Math.abs(c.difference ?? 0)).toBeLessThanOrEqual(c.tolerance ?? 0);
        }
        // Every rule of the profile's tables and text that applies was checked somewhere.
        expect(result.reconciliationSummary.checks).toBeGreaterThan(100);
      }),
      // A fixed seed: the same 40 department-years on every run.
      { numRuns: 40, seed: 20_250_101 },
    );
  });

  it("catch and locate any single table amount changed by more than rounding can explain", async () => {
    await fc.assert(
      fc.asyncProperty(shanghaiDocumentArb, fc.nat(), fc.nat(100_000), fc.boolean(), async (doc, pick, extra, down) => {
        const base = await validated(doc, filesOf(doc));
        // Beyond twice the largest tolerance (plus the half unit a new non-zero part adds),
        // every check of the cell's own unit that it takes part in fails.
        const bound =
          Math.ceil(2 * Math.max(0, ...(base.reconciliations[0]?.checks ?? []).map((c) => c.tolerance ?? 0))) + 2;
        // Not the income lines' cells of expenditure-only columns: nothing reads them (see
        // reconcile-shanghai-every-cell.test.ts).
        const cells = doc.cells.filter((c) => !c.wrongSide);
        const cell = cells[pick % cells.length];
        if (!cell) throw new Error("no cells");
        const value = cellValue(doc, cell);
        const delta = bound + extra;
        const changed = down && value >= delta ? value - delta : value + delta;
        const result = await validated(doc, filesOf(doc, { cell, text: printCell(doc, cell, changed) }));

        const file = `${doc.path}/${cell.table}.csv`;
        const line = cell.row + 2;
        const here = (f: { file: string; line?: number; column?: string }) =>
          f.file === file && f.line === line && f.column === cell.header;
        // The changed file still loads: the change is caught by the checks, not by the loader.
        expect(result.departmentYears[0]?.failedTables).toEqual([]);
        const errors = result.findings.filter(isError);
        expect(result.ok).toBe(false);
        // Caught, and named: at the cell's row, or among the parts of a failed check — or, for
        // 表9's 机关运行经费 where the text says 无机关运行经费, by the check of that sentence.
        const named = errors.some(
          (f) =>
            (f.file === file && f.line === line) ||
            (f.check?.parts ?? []).some(here) ||
            (f.rule === "doc.admin-costs-none" && cell.table === "table09" && cell.header === "机关运行经费"),
        );
        expect(named, `${cell.table}:${line}:${cell.header} ${value} → ${changed}`).toBe(true);
        // The locator, when it names a cell, names this one.
        for (const f of errors.filter((e) => e.rule === "locate.likely-cell")) expect(here(f)).toBe(true);
      }),
      { numRuns: 60, seed: 20_240_101 },
    );
  });
});
