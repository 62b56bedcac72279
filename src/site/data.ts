/**
 * The site's data, loaded once per build: every page asks for this one cached promise, so the
 * build reads the data root once however many pages it writes. It goes through `validate`,
 * the same call CI and `npm run build` make, on the same target (a data root, a year folder or
 * one department-year, see data-dir.ts), so the pages show exactly what was checked.
 */
import type { DepartmentYear } from "../budget";
import { validate, type ValidationResult } from "../budget";
import { dataDir } from "./data-dir";
import { dataGeneration } from "./dev-data-watch";

let cached: { generation: number; result: Promise<ValidationResult> } | undefined;

/** The validated data; read again in `npm run dev` after a data file changed. */
export const siteData = (): Promise<ValidationResult> => {
  const generation = dataGeneration();
  if (cached?.generation !== generation) cached = { generation, result: validate(dataDir()) };
  return cached.result;
};

/** Newest year first, then by folder name, so every listing has one stable order. */
export const byYearThenSlug = (a: DepartmentYear, b: DepartmentYear): number =>
  b.year - a.year || a.slug.localeCompare(b.slug);

export const departmentYears = async (): Promise<DepartmentYear[]> =>
  [...(await siteData()).departmentYears].sort(byYearThenSlug);
