import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Browser tests share one built site (see tests/browser/global-setup.ts).
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
