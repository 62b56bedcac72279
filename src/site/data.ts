/**
 * The site's data, loaded once per build: every page asks for this one cached promise, so the
 * build reads the data root once however many pages it writes. It goes through `validate`,
 * the same call CI and `npm run build` make, on the same target (a data root, a year folder or
 * one department-year, see data-dir.ts), so the pages show exactly what was checked.
 *
 * `npm run build` has validated the data already when Astro starts, in the same process: it hands
 * its result over (`shareValidation`) and the pages use that very result instead of reading and
 * checking every file a second time. The pages run from Astro's bundle, a second copy of this
 * module, so the hand-over goes through globalThis, keyed by the folder it is the result of.
 */
import { resolve } from "node:path";
import type { DepartmentYear } from "../budget";
import { validate, type ValidationResult } from "../budget";
import { dataDir } from "./data-dir";
import { dataGeneration } from "./dev-data-watch";

const SHARED = Symbol.for("budget-site.validated-data");

interface Shared {
  dir: string;
  result: ValidationResult;
}

/** The build's validation of `target`, for the pages it builds next in this process. */
export const shareValidation = (target: string, result: ValidationResult): void => {
  (globalThis as Record<symbol, Shared | undefined>)[SHARED] = { dir: resolve(target), result };
};

/** What the build validated, when it is of the folder the pages read (never after a dev edit). */
const sharedResult = (generation: number): ValidationResult | undefined => {
  const shared = (globalThis as Record<symbol, Shared | undefined>)[SHARED];
  return generation === 0 && shared?.dir === dataDir() ? shared.result : undefined;
};

let cached: { generation: number; result: Promise<ValidationResult> } | undefined;

/** The validated data; read again in `npm run dev` after a data file changed. */
export const siteData = (): Promise<ValidationResult> => {
  const generation = dataGeneration();
  if (cached?.generation !== generation) {
    const shared = sharedResult(generation);
    cached = { generation, result: shared ? Promise.resolve(shared) : validate(dataDir()) };
  }
  return cached.result;
};

/** Newest year first, then by folder name, so every listing has one stable order. */
export const byYearThenSlug = (a: DepartmentYear, b: DepartmentYear): number =>
  b.year - a.year || a.slug.localeCompare(b.slug);

export const departmentYears = async (): Promise<DepartmentYear[]> =>
  [...(await siteData()).departmentYears].sort(byYearThenSlug);
