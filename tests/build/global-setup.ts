/**
 * Global setup of the build tests (vitest project "build"): build the seed site into
 * .build-tmp/test-site-seed with the same build CLI as `npm run build`, and the synthetic fixture
 * into .build-tmp/test-site-synthetic (skipped, with a message, while that folder does not exist),
 * and hand them to the tests. A failed build does not abort the run: the tests of that site fail
 * with the build's output, and the other tests still run.
 *
 * The browser project's setup (tests/browser/global-setup.ts) takes its sites from `buildSites`
 * too. Both setups run in vitest's main process, one project after the other, so the builds are
 * kept there (on globalThis, which the two setups' module loaders share): one `npm test` builds
 * each site once, and a browser-only or build-only run builds it once as well.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { listPages } from "./site-check";
import { SITE_DEFINITIONS, type BuiltSite } from "./sites";

/** Must match the default of `site` in astro.config.mjs (SITE_URL overrides both). */
const DEFAULT_SITE_URL = "https://budget.example.gov.cn";

const log = (message: string): void => {
  process.stderr.write(`[built sites] ${message}\n`);
};

const runBuild = (
  dataDir: string,
  outDir: string,
  settings: Readonly<Record<string, string>> = {},
): Promise<{ code: number; output: string }> => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings, BUDGET_OUT_DIR: outDir };
  // The site is built from exactly the folder named here: no inherited data folder, no test mode.
  delete env["BUDGET_DATA_DIR"];
  delete env["NODE_ENV"];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return new Promise((done) => {
    const child = spawn(resolve("node_modules/.bin/tsx"), ["src/cli/build.ts", dataDir], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => done({ code: -1, output: `${output}\n${error.message}` }));
    child.on("close", (code) => done({ code: code ?? -1, output }));
  });
};

const tail = (text: string, lines = 60): string => text.trimEnd().split("\n").slice(-lines).join("\n");

const build = async (): Promise<BuiltSite[]> => {
  const siteOrigin = new URL(process.env["SITE_URL"] ?? DEFAULT_SITE_URL).origin;
  const sites: BuiltSite[] = [];
  // Sequential on purpose: the seed build comes first and alone, so no fixture can touch it.
  for (const def of SITE_DEFINITIONS) {
    const outDir = resolve(def.outDir);
    const site: BuiltSite = { id: def.id, label: def.label, dataDir: def.dataDir, outDir, siteOrigin, pages: [] };
    sites.push(site);
    if (!existsSync(resolve(def.dataDir)) && !def.optional) {
      site.error = `the data folder ${def.dataDir} does not exist, so the ${def.label} cannot be built`;
      log(`ERROR: ${site.error}.`);
      continue;
    }
    if (!existsSync(resolve(def.dataDir))) {
      site.skipped = `${def.dataDir} does not exist yet, so the ${def.label} is not built and its checks are skipped`;
      log(`SKIPPED: ${site.skipped}.`);
      continue;
    }
    log(`building the ${def.label} into ${def.outDir} …`);
    const started = performance.now();
    const { code, output } = await runBuild(def.dataDir, outDir, def.env);
    site.buildSeconds = (performance.now() - started) / 1000;
    if (code !== 0) {
      site.error = `building the ${def.label} failed (npm run build ${def.dataDir}, exit code ${code}):\n${tail(output)}`;
      log(
        `BUILD FAILED after ${site.buildSeconds.toFixed(1)} s: the ${def.label} tests will fail.\n${tail(output, 20)}`,
      );
      continue;
    }
    site.pages = listPages(outDir);
    log(`built the ${def.label} in ${site.buildSeconds.toFixed(1)} s: ${site.pages.length} HTML pages`);
  }
  return sites;
};

const BUILDS = Symbol.for("budget-tests.built-sites");

/** The sites of this test run, built on the first call and the same builds on every later one. */
export const buildSites = (): Promise<BuiltSite[]> => {
  const run = globalThis as { [BUILDS]?: Promise<BuiltSite[]> };
  run[BUILDS] ??= build();
  return run[BUILDS];
};

export default async function setup(project: TestProject): Promise<void> {
  project.provide("builtSites", await buildSites());
}
