/**
 * The site's data: the data folder the build publishes (`dataDir`: data/, a year folder or one
 * department-year, see the core's build-handover.ts), so the pages show exactly what was checked.
 *
 * `npm run build` has validated the data already when Astro starts, in the same process: it hands
 * its result over (the core's `shareValidation`) and the pages use that very result instead of
 * reading and checking every file a second time. In `npm run dev` the data is read again after
 * an edit.
 */
import type { DepartmentYear } from "../budget";
import { dataDir, sharedValidation, validate, type ValidationResult } from "../budget";
import { dataGeneration } from "./dev-data-watch";

let cached: { generation: number; result: Promise<ValidationResult> } | undefined;

/** The validated data; read again in `npm run dev` after a data file changed. */
export const siteData = (): Promise<ValidationResult> => {
  const generation = dataGeneration();
  if (cached?.generation !== generation) {
    // What the build validated, when it is of the folder the pages read (never after a dev edit).
    const shared = generation === 0 ? sharedValidation(dataDir()) : undefined;
    cached = { generation, result: shared ? Promise.resolve(shared) : validate(dataDir()) };
  }
  return cached.result;
};

/** Newest year first, then by folder name, so every listing has one stable order. */
export const byYearThenSlug = (a: DepartmentYear, b: DepartmentYear): number =>
  b.year - a.year || a.slug.localeCompare(b.slug);

export const departmentYears = async (): Promise<DepartmentYear[]> =>
  [...(await siteData()).departmentYears].sort(byYearThenSlug);
