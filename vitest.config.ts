import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/browser/**", "**/node_modules/**"] },
      },
      {
        // Browser tests share one built site per data root: tests/browser/global-setup.ts builds and
        // serves them once, and runs only when a browser test is part of the run.
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
