/**
 * The frame every Chromium-driven test file shares: without Chromium its tests are skipped (the
 * global setup prints the banner) or, with CI=true, one test fails; otherwise one browser is
 * launched for the file and handed to the body through `launched()`.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumRequired, findChromium, launchChromium, missingChromiumError } from "./chromium";
import { builtSites } from "./sites";

export const describeInChromium = (body: (launched: () => Browser) => void): void => {
  const lookup = findChromium();
  if (!lookup.found && chromiumRequired())
    test("Chromium is available (required because CI=true)", () => {
      throw missingChromiumError(lookup);
    });

  describe.skipIf(!lookup.found)("in Chromium", () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      if (!lookup.found) throw missingChromiumError(lookup);
      browser = await launchChromium(lookup.path);
    });
    afterAll(async () => {
      await browser?.close();
    });

    test("the global setup built the sites", () => {
      expect(builtSites().map((site) => site.id)).toContain("seed");
    });

    body(() => {
      if (!browser) throw new Error("Chromium did not start");
      return browser;
    });
  });
};
