/**
 * What `npm run build` and the site build it runs tell each other, in one Node process.
 *
 * The command validates a data folder, then runs Astro: the pages are to show exactly that
 * folder (BUDGET_DATA_DIR, which also lets a test fixture be built) and use the very result the
 * validation produced instead of reading and checking every file again (`shareValidation`). Steps
 * of the site build that run after the pages — the search index — report back what they did and
 * how long it took (`reportBuildStep`), for the command to print in its language.
 *
 * The site runs from Astro's bundle, a second copy of this module, so both directions go through
 * globalThis under registered symbols.
 */
import { resolve } from "node:path";
import type { Bilingual } from "./i18n-text";
import type { ValidationResult } from "./validate";

/** The environment variable naming the data folder the site is built from. */
export const DATA_DIR_ENV = "BUDGET_DATA_DIR";

/** The data folder the site is built from: data/ unless BUDGET_DATA_DIR names another. */
export const dataDir = (): string => resolve(process.env[DATA_DIR_ENV] ?? "data");

const VALIDATED = Symbol.for("budget-site.validated-data");
const STEPS = Symbol.for("budget-site.build-steps");

interface Validated {
  dir: string;
  result: ValidationResult;
}

/** A step of the site build after the pages, as it reports itself. */
export interface BuildStep {
  /** For the build's timing line, e.g. "search index". */
  name: string;
  seconds: number;
  /** What the step did, e.g. ✔ 搜索索引：34 个文字页面，3,120 条表格行和名词. */
  message: Bilingual;
}

const shared = globalThis as { [VALIDATED]?: Validated; [STEPS]?: BuildStep[] };

/** The build's validation of `target`, for the pages it builds next in this process. */
export const shareValidation = (target: string, result: ValidationResult): void => {
  shared[VALIDATED] = { dir: resolve(target), result };
};

/** The validation the build shared, if it is of `dir`. */
export const sharedValidation = (dir: string): ValidationResult | undefined => {
  const validated = shared[VALIDATED];
  return validated?.dir === resolve(dir) ? validated.result : undefined;
};

export const reportBuildStep = (step: BuildStep): void => {
  (shared[STEPS] ??= []).push(step);
};

/** The steps reported since the last call, in order; they are not reported twice. */
export const takeBuildSteps = (): BuildStep[] => {
  const steps = shared[STEPS] ?? [];
  shared[STEPS] = [];
  return steps;
};
