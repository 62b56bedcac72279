/**
 * The data-checks page's content: what validation found for one department-year, grouped by
 * the table or file it concerns, plus the catalogue of rules that were applied.
 *
 * Two sources, both from `validate` (what CI runs): the findings (the loader's file, header, cell
 * and structure checks, and the reconciliation checks that did not pass exactly, with their
 * printed and computed figures), and the reconciliation result per department-year: every rule
 * with how many checks it made and how they came out.
 */
import { DATA_RULES as RULES } from "../budget";
import type { Finding, Severity } from "../budget";
import type { Bilingual } from "../budget";
import type { DepartmentYear } from "../budget";
import type { TableSpec } from "../budget";
import { sourceLabel } from "../budget";
import { checksOf, tally, type ReconciliationResult, type RuleSummary, type Tally } from "../budget";
import type { RuleFamily } from "../budget";
import type { ValidationResult } from "../budget";
import { publishedSpecs } from "./downloads";

export interface FindingGroup {
  /** The file the findings are about, relative to the department-year folder ("table02.csv"). */
  file: string;
  /** The table, when the file is one. */
  spec?: TableSpec;
  findings: Finding[];
}

export interface ChecksView {
  /** Findings by severity; errors and warnings the errata acknowledge are counted apart. */
  counts: Record<Severity | "acknowledged", number>;
  groups: FindingGroup[];
  /** Files and rows read for this department-year. */
  files: number;
  rows: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * The findings of each folder and file, by path: a finding about "2025/huadu-zwfw/table02.csv" is
 * listed under "2025", "2025/huadu-zwfw" and the file itself, in the findings' order. Made once per
 * validation result, so that a page finds its own findings without going through every department-
 * year's (pages do this several times each; a scan of all findings made the build grow with the
 * square of the number of department-years).
 */
const findingsByPath = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

const findingsIndex = (findings: readonly Finding[]): Map<string, Finding[]> => {
  let index = findingsByPath.get(findings);
  if (!index) {
    index = new Map();
    for (const f of findings) {
      for (let end = f.file.indexOf("/"); ; end = f.file.indexOf("/", end + 1)) {
        const path = end < 0 ? f.file : f.file.slice(0, end);
        const list = index.get(path);
        if (list) list.push(f);
        else index.set(path, [f]);
        if (end < 0) break;
      }
    }
    findingsByPath.set(findings, index);
  }
  return index;
};

/** The findings about a department-year's folder or any file in it, in their order. */
export const findingsFor = (dy: DepartmentYear, findings: readonly Finding[]): Finding[] => [
  ...(findingsIndex(findings).get(dy.path) ?? []),
];

const byLine = (a: Finding, b: Finding): number =>
  (a.line ?? 0) - (b.line ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

export const checksView = (dy: DepartmentYear, result: Pick<ValidationResult, "findings">): ChecksView => {
  const own = findingsFor(dy, result.findings);
  const counts: Record<Severity | "acknowledged", number> = { error: 0, warning: 0, note: 0, acknowledged: 0 };
  const groups = new Map<string, Finding[]>();
  const specs = publishedSpecs(dy);
  for (const f of own) {
    counts[f.acknowledged ? "acknowledged" : f.severity]++;
    // Known errors of the document have their own list (acknowledgedFindings).
    if (f.acknowledged) continue;
    // A reconciliation finding spans tables; it is listed under the first table it names.
    const checkTable = f.check?.tables[0];
    const spec = checkTable ? specs.find((s) => s.id === checkTable) : undefined;
    const file = spec?.file ?? (f.file.slice(dy.path.length + 1) || ".");
    groups.set(file, [...(groups.get(file) ?? []), f]);
  }
  const order = (file: string): number => {
    const i = specs.findIndex((s) => s.file === file);
    return i < 0 ? -1 : i;
  };
  const rows = Object.values(dy.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
  return {
    counts,
    groups: [...groups.entries()]
      .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
      .map(([file, findings]) => {
        const spec = specs.find((s) => s.file === file);
        return { file, ...(spec ? { spec } : {}), findings: findings.sort(byLine) };
      }),
    // The three YAML files, english.yaml and errata.yaml when there are, and every table's CSV.
    files: 3 + (dy.english ? 1 : 0) + (dy.errata.length > 0 ? 1 : 0) + specs.length,
    rows,
  };
};

export interface AppliedRule {
  id: string;
  severity: Severity;
  title: Bilingual;
}

/** Every rule the data went through, from the rule catalogues. */
export const appliedRules = (): AppliedRule[] =>
  Object.values(RULES).map((rule) => ({ id: rule.id, severity: rule.severity, title: rule.title }));

/**
 * The errors of the published document that errata.yaml acknowledges, for the data-checks page
 * and (with `spec`) for the table they concern: a finding in the table's file, or a check whose
 * printed figure is in it.
 */
export const acknowledgedFindings = (
  dy: DepartmentYear,
  result: Pick<ValidationResult, "findings">,
  spec?: TableSpec,
): Finding[] =>
  findingsFor(dy, result.findings).filter(
    (f) =>
      f.acknowledged !== undefined &&
      f.rule !== "locate.likely-cell" &&
      (spec === undefined || f.file === `${dy.path}/${spec.file}`),
  );

const reconciliationsByPath = new WeakMap<readonly ReconciliationResult[], Map<string, ReconciliationResult>>();

/** The reconciliation of one department-year, if validation ran it. */
export const reconciliationFor = (
  dy: DepartmentYear,
  result: Partial<Pick<ValidationResult, "reconciliations">>,
): ReconciliationResult | undefined => {
  const all = result.reconciliations;
  if (!all) return undefined;
  let byPath = reconciliationsByPath.get(all);
  if (!byPath) {
    byPath = new Map();
    for (const r of all) if (!byPath.has(r.path)) byPath.set(r.path, r);
    reconciliationsByPath.set(all, byPath);
  }
  return byPath.get(dy.path);
};

export const FAMILY_ORDER: readonly RuleFamily[] = ["table", "cross", "explanation", "year", "document"];

export interface RuleFamilyView {
  family: RuleFamily;
  rules: (RuleSummary & { sources: Bilingual[] })[];
}

/** The rules that made at least one check, grouped by family in a fixed order. */
export const ruleFamilies = (reconciliation: ReconciliationResult): RuleFamilyView[] =>
  FAMILY_ORDER.map((family) => ({
    family,
    rules: reconciliation.rules
      .filter((r) => r.family === family && r.checks > 0)
      .map((r) => ({ ...r, sources: r.tables.map(sourceLabel) })),
  })).filter((f) => f.rules.length > 0);

/** Every check made, in total. */
export const totalTally = (reconciliation: ReconciliationResult): Tally => tally(reconciliation.checks);

/** The checks a table takes part in (within it or across tables), for the line under the table. */
export const tableTally = (reconciliation: ReconciliationResult, id: string): Tally =>
  tally(checksOf(reconciliation, id));
