/**
 * Global setup of the browser tests (vitest project "browser"): take the built seed and synthetic
 * sites from tests/build/global-setup.ts (built there once per test run, shared with the build
 * project), serve each on 127.0.0.1, and hand them with their addresses to the tests. A site whose
 * build failed is handed over with its error, unserved: its tests fail with the build's output.
 */
import { buildSites } from "../build/global-setup";
import type { BuiltSite } from "../build/sites";
import type { TestProject } from "vitest/node";
import { chromiumBanner, chromiumRequired, findChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./server";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium.found) process.stderr.write(chromiumBanner(chromium, chromiumRequired()));

  const servers: StaticServer[] = [];
  const sites: BuiltSite[] = [];
  for (const site of await buildSites()) {
    if (site.error !== undefined || site.skipped !== undefined) {
      sites.push(site);
      continue;
    }
    const server = await serveStatic(site.outDir);
    servers.push(server);
    sites.push({ ...site, origin: server.origin });
    process.stderr.write(`[browser tests] the ${site.label} is served at ${server.origin}/\n`);
  }

  project.provide("browserSites", sites);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
