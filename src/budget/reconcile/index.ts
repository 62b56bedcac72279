/**
 * Reconciliation: check every identity of the catalogue on one department-year. The result
 * lists every check performed (so the site can say "本表数据已通过 N 项校验"), a summary per
 * rule, and findings for the checks that did not pass, in Chinese and English.
 *
 * Pure: no I/O, no Astro. The CLI, the build and the pages all call `reconcile`.
 */
import type { Finding } from "../findings";
import type { DepartmentYear } from "../load";
import { LIKELY_CELL, RULE_LIST, ruleById } from "./catalogue";
import { money, percentText } from "./cells";
import type { Ctx } from "./checks";
import { acrossTables } from "./cross-table";
import { documentChecks } from "./document";
import { explanationChecks } from "./explanation";
import { likelyCells, type LikelyCell } from "./locate";
import type { Check, ReconciliationResult, RuleSummary, Source, Tally } from "./types";
import { withinTables } from "./within-table";

export type { CellRef, Check, CheckStatus, ReconciliationResult, RuleSummary, Source, Tally } from "./types";
export { LIKELY_CELL, RULE_LIST, RULES, ruleById, type ReconciliationRule } from "./catalogue";

const printedValue = (c: Check): string | undefined => {
  if (c.quantity === "text" || c.quantity === "percent") return c.found;
  return c.subject ? money(c.printed ?? 0, "zh") : undefined;
};

const toFinding = (c: Check): Finding => {
  const rule = ruleById(c.rule);
  if (!rule) throw new Error(`unknown reconciliation rule ${c.rule}`);
  const { message, hint } = rule.text(c);
  const value = printedValue(c);
  const f: Finding = {
    rule: c.rule,
    severity: c.status === "pass" ? "note" : c.status,
    file: c.file,
    ...(c.line !== undefined ? { line: c.line } : {}),
    ...(c.column !== undefined ? { column: c.column } : {}),
    ...(value !== undefined ? { value } : {}),
    message,
    hint,
  };
  if (c.quantity !== "text" && c.printed !== undefined && c.computed !== undefined) {
    f.check = {
      tables: [...c.tables],
      row: c.row,
      printed: c.printed,
      computed: c.computed,
      difference: c.difference ?? c.printed - c.computed,
      tolerance: c.tolerance ?? 0,
      ...(c.quantity === "percent" ? { quantity: "percent" as const } : {}),
      parts: c.parts.map((p) => ({
        file: p.file,
        ...(p.line !== undefined ? { line: p.line } : {}),
        ...(p.column !== undefined ? { column: p.column } : {}),
        row: p.row,
        value: p.value,
      })),
    };
  }
  return f;
};

const likelyFinding = ({ cell, failed, suggestion }: LikelyCell): Finding => {
  const { message, hint } = LIKELY_CELL.text(
    failed.length,
    suggestion === undefined ? undefined : money(suggestion, "zh"),
    {
      zh: `${cell.row}${cell.column ? `“${cell.column}”` : ""}`,
      en: `${cell.row}${cell.column ? `, “${cell.column}”` : ""}`,
    },
  );
  const isPercent = cell.column?.endsWith(".percent") ?? false;
  return {
    rule: LIKELY_CELL.id,
    severity: LIKELY_CELL.severity,
    file: cell.file,
    ...(cell.line !== undefined ? { line: cell.line } : {}),
    ...(cell.column !== undefined ? { column: cell.column } : {}),
    value: isPercent ? percentText(cell.value) : money(cell.value, "zh"),
    message,
    hint,
    ...(suggestion !== undefined
      ? {
          check: {
            tables: [...new Set(failed.flatMap((c) => c.tables))],
            row: cell.row,
            printed: cell.value,
            computed: suggestion,
            difference: cell.value - suggestion,
            tolerance: 0,
          },
        }
      : {}),
  };
};

export const tally = (checks: readonly Check[]): Tally => ({
  checks: checks.length,
  passed: checks.filter((c) => c.status === "pass").length,
  notes: checks.filter((c) => c.status === "note").length,
  warnings: checks.filter((c) => c.status === "warning").length,
  errors: checks.filter((c) => c.status === "error").length,
});

const summarize = (checks: readonly Check[]): RuleSummary[] => {
  const byRule = new Map<string, Check[]>();
  for (const c of checks) {
    const list = byRule.get(c.rule);
    if (list) list.push(c);
    else byRule.set(c.rule, [c]);
  }
  return RULE_LIST.map((rule) => {
    const { checks: n, passed, notes, warnings, errors } = tally(byRule.get(rule.id) ?? []);
    return {
      id: rule.id,
      family: rule.family,
      title: rule.title,
      identity: rule.identity,
      tables: rule.tables,
      severity: rule.severity,
      checks: n,
      passed,
      notes,
      warnings,
      errors,
    };
  });
};

/** Check one department-year against every rule of the catalogue. */
export const reconcile = (dy: DepartmentYear): ReconciliationResult => {
  const ctx: Ctx = { dy, checks: [] };
  withinTables(ctx);
  acrossTables(ctx);
  explanationChecks(ctx);
  documentChecks(ctx);
  const findings = ctx.checks.filter((c) => c.status !== "pass").map(toFinding);
  findings.push(...likelyCells(ctx.checks).map(likelyFinding));
  return { path: dy.path, rules: summarize(ctx.checks), checks: ctx.checks, findings };
};

/** The checks a source (a table, "explanation", …) takes part in: "本表数据已通过 N 项校验". */
export const checksOf = (result: ReconciliationResult, source: Source): Check[] =>
  result.checks.filter((c) => c.tables.includes(source));

/** Counts per source, for the data-checks page. */
export const tallyBySource = (result: ReconciliationResult): Record<Source, Tally> => {
  const sources = [...new Set(result.checks.flatMap((c) => c.tables))].sort();
  return Object.fromEntries(sources.map((s) => [s, tally(checksOf(result, s))]));
};
