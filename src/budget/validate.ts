/**
 * Validation as CI and staff run it: resolve what to check, load it, and collect findings.
 * The CLI, the build gate and the tests all go through here, so they agree on the verdict.
 */
import { existsSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { hasErrors, type Finding } from "./findings";
import { loadData, type LoadResult } from "./load";

export interface ValidationResult extends LoadResult {
  /** Absolute data root that was read. */
  root: string;
  ok: boolean;
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
  const findings: Finding[] = [...loaded.findings];
  return { ...loaded, findings, root, ok: !hasErrors(findings) };
};
