/**
 * Properties over random consistent department-years (several spending units, all three
 * budgets, special accounts, 事业收入, 上级补助收入, subsidies to affiliates, carry-over, with
 * genuine rounding residues): they always pass; and changing any single amount by more than the
 * rounding bound is always caught, and located at that cell — never at another one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/budget/reconcile";
import type { TableId } from "../../src/budget/profiles/guangzhou-budget/tables";
import { amountCells, departmentYearArb } from "../helpers/random-department-year";
import { cloneDepartmentYear } from "../helpers/seed";

describe("random consistent department-years", () => {
  it("pass every rule (rounding notes at most)", () => {
    fc.assert(
      fc.property(departmentYearArb, (dy) => {
        const result = reconcile(dy);
        const problems = result.findings.filter((f) => f.severity !== "note");
        expect(problems.map((f) => `${f.rule} ${f.file}:${f.line ?? ""} ${f.column ?? ""} ${f.message.zh}`)).toEqual(
          [],
        );
        for (const c of result.checks) {
          if (c.status === "note") expect(Math.abs(c.difference ?? 0)).toBeLessThanOrEqual(c.tolerance ?? 0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("catch and locate any single amount changed by more than the rounding bound", () => {
    fc.assert(
      fc.property(departmentYearArb, fc.nat(), fc.nat(100_000), fc.boolean(), (dy, pick, extra, down) => {
        const base = reconcile(dy);
        // Beyond twice the largest tolerance (plus the half a cent a new non-zero part adds),
        // every check the cell takes part in must fail, whatever its rounding residue was.
        const bound = Math.ceil(2 * Math.max(0, ...base.checks.map((c) => c.tolerance ?? 0))) + 2;
        const cells = amountCells(dy);
        const target = cells[pick % cells.length];
        if (!target) throw new Error("no cells");
        const copy = cloneDepartmentYear(dy);
        const table = copy.tables[target.table.spec.id as TableId | "keyProjects"];
        const row = table.rows[target.row];
        if (!row) throw new Error("row vanished");
        const amounts = row.amounts as Record<string, number>;
        const value = amounts[target.key] ?? 0;
        const delta = bound + extra;
        amounts[target.key] = down && value >= delta ? value - delta : value + delta;

        const header = table.spec.columns.find((c) => c.key === target.key)?.header;
        const errors = reconcile(copy).findings.filter((f) => f.severity === "error");
        const here = (f: { file: string; line?: number; column?: string }) =>
          f.file === table.file && f.line === row.line && f.column === header;
        // Caught, and named: at the cell's row, or among the parts of a failed check.
        expect(
          errors.some((f) => (f.file === table.file && f.line === row.line) || (f.check?.parts ?? []).some(here)),
        ).toBe(true);
        // The locator, when it names a cell, names this one.
        for (const f of errors.filter((e) => e.rule === "locate.likely-cell")) expect(here(f)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
