/**
 * The Guangzhou department-years the seed tests were written for, loaded through the real loader
 * and narrowed for the type checker: the seed (data/2025/huadu-zwfw, loaded on its own, not the
 * whole data/ root, which also holds the Shanghai documents) and the synthetic fixture. Each has
 * every table of its profile, so `dy.tables.table05` is a table, not "maybe a table" — checked
 * here at run time, so a table that failed to load fails the test that needs it, loudly.
 */
import { join } from "node:path";
import { isGuangzhou, type GuangzhouDepartmentYear } from "../../src/budget/profiles";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import type { TableId } from "../../src/budget/profiles/guangzhou-budget/tables";
import type { BudgetTable } from "../../src/budget/model";
import { REPO_ROOT, SEED_SLUG, SEED_YEAR } from "./seed-copy";

/** A Guangzhou department-year all of whose tables loaded. */
export type CompleteGuangzhou = GuangzhouDepartmentYear & {
  tables: Readonly<Record<TableId | "keyProjects", BudgetTable>>;
};

/** Narrow a loaded department-year: Guangzhou, every table of the profile loaded. */
export const completeGuangzhou = (dy: DepartmentYear | undefined): CompleteGuangzhou => {
  if (!dy) throw new Error("no department-year loaded");
  if (!isGuangzhou(dy)) throw new Error(`${dy.path} is not a Guangzhou department-year`);
  const missing = dy.profile.tables.map((t) => t.id).filter((id) => !(id in dy.tables));
  if (missing.length > 0) throw new Error(`${dy.path}: tables did not load: ${missing.join(", ")}`);
  return dy as CompleteGuangzhou;
};

/** The seed path, relative to the data root. */
export const SEED_PATH = `${SEED_YEAR}/${SEED_SLUG}`;

/** One department-year of data/ ("2024/putuo-fuliyuan") alone, through the loader; throws with the findings when it does not load. */
export const loadDataFolder = async (path: string): Promise<DepartmentYear> => {
  const loaded = await loadData(join(REPO_ROOT, "data"), path);
  const [dy] = loaded.departmentYears;
  if (!dy) throw new Error(`${path} did not load: ${JSON.stringify(loaded.findings, null, 2)}`);
  return dy;
};

/** The seed alone, through the loader; throws with the findings when it does not load cleanly. */
export const loadSeed = async (): Promise<CompleteGuangzhou> => completeGuangzhou(await loadDataFolder(SEED_PATH));

/** The synthetic Guangzhou fixture (tests/fixtures/synthetic). */
export const loadSynthetic = async (): Promise<CompleteGuangzhou> => {
  const loaded = await loadData(join(REPO_ROOT, "tests", "fixtures", "synthetic"));
  return completeGuangzhou(loaded.departmentYears[0]);
};

/**
 * A deep copy of a department-year to mutate. The profile is shared, not copied: it holds
 * functions (schemas, checks) that cannot be cloned, and the engine caches its rules by it.
 */
export const cloneDepartmentYear = <T extends DepartmentYear>(dy: T): T => {
  const { profile, ...data } = dy;
  return { ...structuredClone(data), profile } as unknown as T;
};
