/**
 * Where the browser tests find Chromium, how they launch it, and what they say when it is missing.
 *
 * The tests drive the machine's own Chromium (Debian's `chromium` package) through playwright-core;
 * `npx playwright install` cannot download a browser here. Without Chromium the Chromium-driven tests
 * are skipped loudly; with CI=true a missing Chromium fails the run instead.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"] as const;

/**
 * Flags for a headless Chromium on a machine with a closed network: without the background-networking
 * flags Chromium keeps trying to reach Google's hosts. playwright-core gives every launch a fresh,
 * empty user-data-dir of its own (it refuses a --user-data-dir flag in `launch`).
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/** What the Chromium-driven tests check; the skip banner lists them. */
export const CHROMIUM_TESTS = [
  "tests/browser/pages.test.ts — on every built page (seed site and synthetic fixture site):",
  "  • loads with no console error, no failed request, no request to any other origin",
  "  • axe-core WCAG 2.1 AA (wcag2a, wcag2aa, wcag21a, wcag21aa): no violation",
  "  • no horizontal overflow at 360 px width",
  "  • an unknown URL serves the 404 page with all its assets",
  "tests/browser/checkers.test.ts — the browser checker flags a deliberately broken page",
  "tests/browser/tables-vs-csv.test.ts — every budget table equals its CSV download, cell by cell",
  "tests/browser/charts.test.ts — charts draw (pixels), match their tables, fit 360 px, reduced motion;",
  "  pages without a chart load no JavaScript; chart JavaScript under 60 KB gzip",
  "tests/browser/i18n.test.ts — language switch round trip, no Chinese on English pages, hreflang, same figures",
] as const;

export type ChromiumLookup =
  { found: true; path: string } | { found: false; looked: readonly string[]; reason: string };

/** env CHROMIUM_PATH (only that, when set), else /usr/bin/chromium, else /usr/bin/chromium-browser. */
export const findChromium = (env: NodeJS.ProcessEnv = process.env): ChromiumLookup => {
  const fromEnv = env["CHROMIUM_PATH"];
  const looked = fromEnv ? [fromEnv] : [...CHROMIUM_CANDIDATES];
  const path = looked.find((candidate) => existsSync(candidate));
  if (path) return { found: true, path };
  return {
    found: false,
    looked,
    reason: fromEnv
      ? `CHROMIUM_PATH=${fromEnv} does not exist`
      : `no Chromium at ${looked.join(" or ")} (set CHROMIUM_PATH to use another one)`,
  };
};

/** CI=true (or any non-empty value but "false"/"0") makes Chromium mandatory. */
export const chromiumRequired = (env: NodeJS.ProcessEnv = process.env): boolean => {
  const ci = (env["CI"] ?? "").trim().toLowerCase();
  return ci !== "" && ci !== "false" && ci !== "0";
};

/** The message a required-but-missing Chromium fails with. */
export const missingChromiumError = (lookup: Extract<ChromiumLookup, { found: false }>): Error =>
  new Error(
    `Chromium is required when CI=true, but ${lookup.reason}.\n` +
      `Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk`,
  );

/** The multi-line banner printed once (on stderr) when the Chromium-driven tests are skipped or fail for lack of it. */
export const chromiumBanner = (lookup: Extract<ChromiumLookup, { found: false }>, required: boolean): string => {
  const line = "!".repeat(78);
  const head = required
    ? '!!  CHROMIUM MISSING and CI=true: the run FAILS (test "Chromium is available").'
    : "!!  CHROMIUM MISSING: the browser tests below are SKIPPED (not passed).";
  return [
    "",
    line,
    head,
    `!!  Why: ${lookup.reason}.`,
    required ? "!!  Not run (CI=true makes Chromium mandatory):" : "!!  Skipped:",
    ...CHROMIUM_TESTS.map((test) => `!!    ${test}`),
    "!!  Still run: html-validate, internal link/fragment check, no-JavaScript and no-foreign-resource checks.",
    "!!  Fix: apt-get update && apt-get install -y chromium fonts-noto-cjk   (or set CHROMIUM_PATH)",
    line,
    "",
  ].join("\n");
};

export const launchChromium = async (path: string): Promise<Browser> =>
  chromium.launch({ executablePath: path, args: [...CHROMIUM_FLAGS], headless: true });
