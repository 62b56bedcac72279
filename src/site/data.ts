/**
 * The site's data, loaded once per build: every page asks for this one cached promise, so the
 * build reads the data root once however many pages it writes. It goes through `validate`,
 * the same call CI and `npm run build` make, on the same target (a data root, a year folder or
 * one department-year, see data-dir.ts), so the pages show exactly what was checked.
 */
import type { DepartmentYear } from "../budget";
import { validate, type ValidationResult } from "../budget";
import { dataDir } from "./data-dir";

let cached: Promise<ValidationResult> | undefined;

export const siteData = (): Promise<ValidationResult> => (cached ??= validate(dataDir()));

/** Newest year first, then by folder name, so every listing has one stable order. */
export const byYearThenSlug = (a: DepartmentYear, b: DepartmentYear): number =>
  b.year - a.year || a.slug.localeCompare(b.slug);

export const departmentYears = async (): Promise<DepartmentYear[]> =>
  [...(await siteData()).departmentYears].sort(byYearThenSlug);
