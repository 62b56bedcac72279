/**
 * Which data folder the site is built from: data/ by default, another folder (a test fixture)
 * through BUDGET_DATA_DIR. Fixtures therefore never reach the published site by accident.
 * The folder is a validation target like any other (`resolveTarget`): a data root, a year folder
 * (data/2025) or one department-year (data/2025/huadu-zwfw); `npm run build -- <folder>` sets it to
 * the folder it validated, so the site publishes exactly that.
 */
import { resolve } from "node:path";

export const DATA_DIR_ENV = "BUDGET_DATA_DIR";

export const dataDir = (): string => resolve(process.env[DATA_DIR_ENV] ?? "data");
