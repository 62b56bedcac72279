/**
 * Validation as CI and staff run it: resolve what to check, load it, reconcile every
 * department-year that loaded, and collect findings. The CLI, the build gate and the tests all
 * go through here, so they agree on the verdict.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { applyErrata } from "./errata";
import { hasErrors, type Finding } from "./findings";
import { loadData } from "./load";
import type { LoadResult } from "./model";
import { reconcile, rulesOf, tally, type ReconciliationResult, type Tally } from "./reconcile";

export interface ValidationResult extends LoadResult {
  /** Absolute data root that was read. */
  root: string;
  ok: boolean;
  /** One per department-year that loaded: every check performed, per rule and in total. */
  reconciliations: ReconciliationResult[];
  /** Over all department-years: the rule count, the check tally and how many failures errata acknowledge. */
  reconciliationSummary: { rules: number; acknowledged: number } & Tally;
}

const YEAR_FOLDER = /^\d{4}$/;

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** A data root holds year folders; a year or department folder does not. */
const holdsYearFolders = (path: string): boolean => {
  try {
    return readdirSync(path, { withFileTypes: true }).some((e) => e.isDirectory() && YEAR_FOLDER.test(e.name));
  } catch {
    return false;
  }
};

/**
 * What `target` names, as the data root and (unless it is the root) the part of it to load:
 * - a department-year folder (data/2025/huadu-zwfw), recognised by its department.yaml or by
 *   sitting in a year folder: `only` = "2025/huadu-zwfw";
 * - a year folder (data/2025), a four-digit name holding no year folders: `only` = "2025";
 * - anything else that is a folder is a data root;
 * - a file, or nothing at all: its parent folder and its name, which the loader reports as not
 *   a folder (a finding, not an exception).
 * The site reads the same target, so a build publishes exactly what it validated.
 */
export const resolveTarget = (target: string): { root: string; only?: string } => {
  const path = resolve(target);
  const name = basename(path);
  const parent = dirname(path);
  if (!isFolder(path)) return parent === path ? { root: path } : { root: parent, only: name };
  if (existsSync(resolve(path, "department.yaml")) || (YEAR_FOLDER.test(basename(parent)) && !holdsYearFolders(path))) {
    return { root: dirname(parent), only: `${basename(parent)}/${name}` };
  }
  if (YEAR_FOLDER.test(name) && !holdsYearFolders(path)) return { root: parent, only: name };
  return { root: path };
};

export const validate = async (target: string): Promise<ValidationResult> => {
  const { root, only } = resolveTarget(target);
  const loaded = await loadData(root, only);
  // Last year's department-year of the same department, for the cross-year rules.
  const byPath = new Map(loaded.departmentYears.map((dy) => [dy.path, dy]));
  const priorOf = (dy: (typeof loaded.departmentYears)[number]) => byPath.get(`${dy.year - 1}/${dy.slug}`);
  const reconciliations = loaded.departmentYears.map((dy) => reconcile(dy, priorOf(dy)));
  // Errata acknowledge findings of their own department-year, the load's and the checks'.
  const folderOf = (f: Finding): string => f.file.split("/").slice(0, 2).join("/");
  // The load's findings by folder, gathered once (not filtered again for every department-year).
  const loadFindingsOf = new Map<string, Finding[]>();
  for (const f of loaded.findings) {
    const list = loadFindingsOf.get(folderOf(f));
    if (list) list.push(f);
    else loadFindingsOf.set(folderOf(f), [f]);
  }
  const unmatched = loaded.departmentYears.flatMap((dy, i) =>
    applyErrata(
      [...(loadFindingsOf.get(dy.path) ?? []), ...(reconciliations[i]?.findings ?? [])],
      dy.errata,
      new Set(reconciliations[i]?.notRun ?? []),
    ),
  );
  const findings: Finding[] = [...loaded.findings, ...reconciliations.flatMap((r) => r.findings), ...unmatched];
  const rules = new Set(
    loaded.departmentYears.flatMap((dy) => rulesOf(dy.profile).map((r) => `${dy.profile.id}:${r.id}`)),
  );
  const acknowledged = reconciliations
    .flatMap((r) => r.findings)
    .filter((f) => f.acknowledged && f.rule !== "locate.likely-cell" && f.rule !== "check.not-run").length;
  const reconciliationSummary = {
    rules: rules.size,
    ...tally(reconciliations.flatMap((r) => r.checks)),
    acknowledged,
  };
  return { ...loaded, findings, root, ok: !hasErrors(findings), reconciliations, reconciliationSummary };
};
