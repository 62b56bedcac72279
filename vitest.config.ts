import { defineConfig } from "vitest/config";

/**
 * Tests by where they run (docs/architecture.md, "Tests"); `npm test` runs all three projects.
 * - unit: pure and fast, no build, no child process (`npm run test:unit`, the inner loop);
 * - build: the CLIs in child processes and the built sites' files (`npm run test:build`);
 * - browser: the built sites in Chromium.
 * The build and browser projects share one build of each site per run: their global setups run in
 * vitest's main process, and tests/build/global-setup.ts keeps the builds there. A project's
 * global setup runs only when a test file of that project is part of the run.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "build", include: ["tests/build/**/*.test.ts"], globalSetup: ["tests/build/global-setup.ts"] },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/global-setup.ts"],
        },
      },
    ],
  },
});
