/**
 * Reconciliation: check every identity of the catalogue on one department-year. The result
 * lists every check performed (so the site can say "本表数据已通过 N 项校验"), a summary per
 * rule, and findings for the checks that did not pass, in Chinese and English.
 *
 * Pure: no I/O, no Astro. The CLI, the build and the pages all call `reconcile`.
 */
import type { Finding } from "../findings";
import type { Bilingual } from "../i18n-text";
import type { DepartmentYear } from "../model";
import type { AnyProfile } from "../profiles";
import type { BudgetTable } from "../model";
import { LIKELY_CELL, tableRules, type ReconciliationRule, type TextContext } from "./catalogue";
import { percentText } from "../format";
import { cellKey, money } from "./cells";
import type { CheckGroup, Ctx } from "./checks";
import { likelyCells, type LikelyCell } from "./locate";
import type { Check, ReconciliationResult, RuleSummary, Source, Tally } from "./types";
import { withinTables } from "./within-table";

export type { Check, ReconciliationResult, RuleSummary, Tally } from "./types";

const rulesCache = new WeakMap<object, readonly ReconciliationRule[]>();

/**
 * Every rule of a profile, in the order the data-checks page lists them: the identities its
 * tables imply, then the profile's own rules.
 */
export const rulesOf = (profile: AnyProfile): readonly ReconciliationRule[] => {
  let rules = rulesCache.get(profile);
  if (!rules) {
    rules = [...profile.tables.flatMap(tableRules), ...profile.checks.rules];
    rulesCache.set(profile, rules);
  }
  return rules;
};

const ruleMapCache = new WeakMap<object, ReadonlyMap<string, ReconciliationRule>>();

const ruleMapOf = (profile: AnyProfile): ReadonlyMap<string, ReconciliationRule> => {
  let map = ruleMapCache.get(profile);
  if (!map) {
    map = new Map(rulesOf(profile).map((r) => [r.id, r]));
    ruleMapCache.set(profile, map);
  }
  return map;
};

const printedValue = (c: Check): string | undefined => {
  if (c.quantity === "text" || c.quantity === "percent") return c.found;
  // The value as its own table prints it, whatever unit the comparison was made in.
  return c.subject ? money(c.subject.value, "zh", c.subject.scale) : undefined;
};

const toFinding = (c: Check, rules: ReadonlyMap<string, ReconciliationRule>, context: TextContext): Finding => {
  const rule = rules.get(c.rule);
  if (!rule) throw new Error(`unknown reconciliation rule ${c.rule}`);
  const { message, hint } = rule.text(c, context);
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
      ...(c.scale !== undefined ? { scale: c.scale } : {}),
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
    suggestion === undefined ? undefined : money(suggestion, "zh", cell.scale),
    {
      zh: `${cell.row}${cell.column ? `“${cell.column}”` : ""}`,
      en: `${cell.row}${cell.column ? `, “${cell.column}”` : ""}`,
    },
  );
  // A stated percentage (facts.….percent, Jiangsu's ….rate and ….share): the subject of a failed percent check.
  const key = cellKey(cell);
  const isPercent = failed.some(
    (c) => c.quantity === "percent" && c.subject !== undefined && cellKey(c.subject) === key,
  );
  return {
    rule: LIKELY_CELL.id,
    severity: LIKELY_CELL.severity,
    file: cell.file,
    ...(cell.line !== undefined ? { line: cell.line } : {}),
    ...(cell.column !== undefined ? { column: cell.column } : {}),
    value: isPercent ? percentText(cell.value) : money(cell.value, "zh", cell.scale),
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
            ...(cell.scale !== undefined ? { scale: cell.scale } : {}),
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

const summarize = (rules: readonly ReconciliationRule[], checks: readonly Check[]): RuleSummary[] => {
  const byRule = new Map<string, Check[]>();
  for (const c of checks) {
    const list = byRule.get(c.rule);
    if (list) list.push(c);
    else byRule.set(c.rule, [c]);
  }
  return rules.map((rule) => {
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

/** Why a group of checks could not run: the tables it needs that are absent or failed to load. */
const missingFor = (dy: DepartmentYear, group: Pick<CheckGroup, "needs">): { failed: string[]; absent: string[] } => {
  const loaded = dy.tables as Record<string, unknown>;
  const needed = group.needs.filter((n) => dy.profile.tables.some((t) => t.id === n) && loaded[n] === undefined);
  return {
    failed: needed.filter((n) => !dy.absentTables.includes(n)),
    absent: needed.filter((n) => dy.absentTables.includes(n)),
  };
};

const tableLabel = (dy: DepartmentYear, id: string): Bilingual => {
  const spec = dy.profile.tables.find((t) => t.id === id);
  if (!spec) return { zh: id, en: id };
  return spec.number !== undefined
    ? { zh: `表${spec.number}`, en: `Table ${spec.number}` }
    : { zh: spec.title.zh, en: spec.title.en };
};

/** A group of checks that could not run, said once per group, with its rules and the reason. */
const notRun = (
  dy: DepartmentYear,
  rules: readonly ReconciliationRule[],
  missing: { failed: string[]; absent: string[] },
): Finding => {
  const failed = missing.failed.map((id) => tableLabel(dy, id));
  const absent = missing.absent.map((id) => tableLabel(dy, id));
  const titles = rules.map((r) => r.title);
  const reasonZh = [
    failed.length > 0 ? `${failed.map((t) => t.zh).join("、")}未能读入` : "",
    absent.length > 0 ? `本文件未公开${absent.map((t) => t.zh).join("、")}` : "",
  ]
    .filter(Boolean)
    .join("；");
  const reasonEn = [
    failed.length > 0 ? `${failed.map((t) => t.en).join(", ")} did not load` : "",
    absent.length > 0 ? `the document does not publish ${absent.map((t) => t.en).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  return {
    rule: "check.not-run",
    severity: failed.length > 0 ? "warning" : "note",
    file: `${dy.path}/${dy.profile.yaml.department.file}`,
    message: {
      zh: `有 ${rules.length} 条校验规则无法执行（${reasonZh}）：${titles.map((t) => t.zh).join("；")}`,
      en: `${rules.length} rule(s) could not run (${reasonEn}): ${titles.map((t) => t.en).join("; ")}`,
    },
    hint:
      failed.length > 0
        ? {
            zh: "先改正上面列出的该表的错误，这些校验就会执行。",
            en: "Correct the errors listed for that table first; these checks then run.",
          }
        : {
            zh: "公开文本没有这张表，这些校验无从进行；无需处理。",
            en: "The document has no such table, so these checks cannot be made; nothing to do.",
          },
  };
};

/** What a table prints, row by row, to compare two years' tables. */
const printedRows = (table: BudgetTable): string =>
  JSON.stringify(table.rows.map((row) => [row.name, row.code ?? "", row.amounts, row.texts]));

/**
 * A table that is last year's, unchanged, with amounts in it: most likely copied into the new
 * folder and not yet typed over. A warning, since a real document may repeat a small table.
 */
const copiedTables = (dy: DepartmentYear, prior: DepartmentYear): Finding[] => {
  const findings: Finding[] = [];
  for (const [id, table] of Object.entries(dy.tables) as [string, BudgetTable | undefined][]) {
    const before = (prior.tables as Record<string, BudgetTable | undefined>)[id];
    if (!table || !before || table.rows.length === 0) continue;
    if (!table.rows.some((row) => Object.values(row.amounts).some((amount) => amount !== 0))) continue;
    if (printedRows(table) !== printedRows(before)) continue;
    findings.push({
      rule: "year.copied-table",
      severity: "warning",
      file: table.file,
      message: {
        zh: `${table.spec.title.zh}与上一年度（${prior.year}年）的同一张表逐行完全相同`,
        en: `${table.spec.title.en} is identical, row for row, to the same table of ${prior.year}`,
      },
      hint: {
        zh: `可能是复制了上一年度的文件夹而没有按${dy.year}年公开文本重新填写这张表；请核对后填写本年数字。`,
        en: `Last year's folder was probably copied and this table not yet re-entered from the ${dy.year} document; enter this year's figures.`,
      },
    });
  }
  return findings;
};

/**
 * Check one department-year against every rule of its profile; with `prior` (last year's
 * department-year of the same department, same profile), also the figures its text states about
 * last year against last year's published tables.
 */
export const reconcile = (dy: DepartmentYear, prior?: DepartmentYear): ReconciliationResult => {
  const profile = dy.profile;
  const rules = ruleMapOf(profile);
  const sameProfile = prior !== undefined && prior.profile.id === profile.id ? prior : undefined;
  const ctx: Ctx = { dy, checks: [], rules, ...(sameProfile ? { prior: sameProfile } : {}) };
  const notRunFindings: Finding[] = [];
  const ownFindings: Finding[] = [];
  const notRunRules = new Set<string>();
  // The identities of a table that failed to load cannot be checked: say so once per table.
  for (const id of dy.failedTables) {
    const spec = profile.tables.find((t) => t.id === id);
    const own = spec ? tableRules(spec) : [];
    if (own.length > 0) notRunFindings.push(notRun(dy, own, { failed: [id], absent: [] }));
    own.forEach((r) => notRunRules.add(r.id));
  }
  withinTables(ctx);
  for (const group of profile.checks.groups) {
    // Without last year's data in the data root there is nothing to compare with: not a gap in the checks.
    if (group.needsPrior && !ctx.prior) continue;
    const missing = missingFor(dy, group);
    if (missing.failed.length + missing.absent.length > 0) {
      notRunFindings.push(notRun(dy, group.rules, missing));
      group.rules.forEach((r) => notRunRules.add(r.id));
      continue;
    }
    group.run(ctx);
  }
  if (sameProfile) ownFindings.push(...copiedTables(dy, sameProfile));
  const context: TextContext = { mentionsRounding: (profile.mentionsRounding as (m: unknown) => boolean)(dy.meta) };
  const findings = ctx.checks.filter((c) => c.status !== "pass").map((c) => toFinding(c, rules, context));
  findings.push(...ownFindings);
  findings.push(...likelyCells(ctx.checks).map(likelyFinding));
  findings.push(...notRunFindings);
  return {
    path: dy.path,
    rules: summarize(rulesOf(profile), ctx.checks),
    checks: ctx.checks,
    findings,
    notRun: [...notRunRules],
  };
};

/** The checks a source (a table, "explanation", …) takes part in: "本表数据已通过 N 项校验". */
export const checksOf = (result: ReconciliationResult, source: Source): Check[] =>
  result.checks.filter((c) => c.tables.includes(source));

/** Counts per source, for the data-checks page. */
export const tallyBySource = (result: ReconciliationResult): Record<Source, Tally> => {
  const sources = [...new Set(result.checks.flatMap((c) => c.tables))].sort();
  return Object.fromEntries(sources.map((s) => [s, tally(checksOf(result, s))]));
};
