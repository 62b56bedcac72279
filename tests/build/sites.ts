/**
 * The built sites the build and browser tests check: which data root, which output folder, its
 * pages. tests/build/global-setup.ts builds them once per test run and hands them to the test
 * files (vitest `provide`/`inject`); the browser project's setup serves the same builds.
 */
import { inject } from "vitest";
import type { SitePage } from "./site-check";

export type SiteId = "seed" | "synthetic";

export interface BuiltSite {
  id: SiteId;
  label: string;
  /** data root the site was built from, relative to the project */
  dataDir: string;
  /** output folder, absolute */
  outDir: string;
  /** the public origin the site is built for (astro `site`), e.g. https://budget.example.gov.cn */
  siteOrigin: string;
  /** where the browser tests' server serves it, e.g. http://127.0.0.1:41234 (browser project only) */
  origin?: string;
  pages: SitePage[];
  buildSeconds?: number;
  /** set when the build failed: the tests of this site fail with it */
  error?: string;
  /** set when the site was not built on purpose: the tests of this site are skipped with it */
  skipped?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    builtSites: BuiltSite[];
  }
}

export interface SiteDefinition {
  id: SiteId;
  label: string;
  dataDir: string;
  outDir: string;
  /** an optional site whose data folder is missing is skipped (with a message) rather than failed */
  optional: boolean;
  /** settings of the build's environment */
  env?: Readonly<Record<string, string>>;
}

export const SITE_DEFINITIONS: readonly SiteDefinition[] = [
  {
    id: "seed",
    label: "seed site (data/)",
    dataDir: "data",
    outDir: ".build-tmp/test-site-seed",
    optional: false,
    // Its search index in parts (about 3,800 records), so the search page is tested joining them.
    env: { BUDGET_SEARCH_PART_RECORDS: "1000" },
  },
  {
    id: "synthetic",
    optional: true,
    label: "synthetic fixture site (tests/fixtures/synthetic)",
    dataDir: "tests/fixtures/synthetic",
    outDir: ".build-tmp/test-site-synthetic",
  },
];

/** The sites built by the global setup; empty if it did not run (then the tests say so). */
export const builtSites = (): BuiltSite[] => inject("builtSites") ?? [];
