/**
 * The sites the browser tests check: the build tests' builds (tests/build/sites.ts), each served
 * on 127.0.0.1 by the browser project's global setup, which sets its `origin`.
 */
import { inject } from "vitest";
import type { BuiltSite } from "../build/sites";

declare module "vitest" {
  export interface ProvidedContext {
    browserSites: BuiltSite[];
  }
}

/** The sites served by the global setup; empty if it did not run (then the tests say so). */
export const builtSites = (): BuiltSite[] => inject("browserSites") ?? [];
