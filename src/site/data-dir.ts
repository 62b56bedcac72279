/**
 * Which data folder the site is built from: data/ by default, another folder (a test fixture)
 * through BUDGET_DATA_DIR. Fixtures therefore never reach the published site by accident.
 */
import { resolve } from "node:path";

export const DATA_DIR_ENV = "BUDGET_DATA_DIR";

export const dataDir = (): string => resolve(process.env[DATA_DIR_ENV] ?? "data");
