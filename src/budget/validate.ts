/**
 * Validation as CI and staff run it: resolve what to check, load it, reconcile every
 * department-year that loaded, and collect findings. The CLI, the build gate and the tests all
 * go through here, so they agree on the verdict.
 */
import { existsSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { hasErrors, type Finding } from "./findings";
import { loadData, type LoadResult } from "./load";
import { reconcile, RULE_LIST, tally, type ReconciliationResult, type Tally } from "./reconcile";

export interface ValidationResult extends LoadResult {
  /** Absolute data root that was read. */
  root: string;
  ok: boolean;
  /** One per department-year that loaded: every check performed, per rule and in total. */
  reconciliations: ReconciliationResult[];
  /** Over all department-years: the rule count and the check tally for the summary line. */
  reconciliationSummary: { rules: number } & Tally;
}

/**
 * `target` is a data root (data/) or one department-year folder (data/2025/huadu-zwfw),
 * recognised by its department.yaml.
 */
export const resolveTarget = (target: string): { root: string; only?: string } => {
  const path = resolve(target);
  if (existsSync(resolve(path, "department.yaml"))) {
    const yearDir = dirname(path);
    return { root: dirname(yearDir), only: `${basename(yearDir)}/${basename(path)}` };
  }
  return { root: path };
};

export const validate = async (target: string): Promise<ValidationResult> => {
  const { root, only } = resolveTarget(target);
  const loaded = await loadData(root, only);
  const reconciliations = loaded.departmentYears.map(reconcile);
  const findings: Finding[] = [...loaded.findings, ...reconciliations.flatMap((r) => r.findings)];
  const reconciliationSummary = { rules: RULE_LIST.length, ...tally(reconciliations.flatMap((r) => r.checks)) };
  return { ...loaded, findings, root, ok: !hasErrors(findings), reconciliations, reconciliationSummary };
};
