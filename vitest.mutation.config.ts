import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs, `npm run mutation`): the pure
 * tests that exercise the modules of one scope, on the real documents and the fixtures. No Astro
 * build, no spawned CLI: a mutant lives only in this process. Most mutants are "static" to Stryker
 * (reached while a profile's rules are built or in a beforeAll), so each runs every test listed
 * here until one fails: the lists hold the tests that bite, not every test that passes through.
 */
const TESTS: Readonly<Record<string, readonly string[]>> = {
  reconcile: [
    "tests/unit/reconcile-rules.test.ts",
    "tests/unit/reconcile.test.ts",
    "tests/unit/partial-reconciliation.test.ts",
    "tests/unit/cross-year.test.ts",
    "tests/unit/reconcile-property.test.ts",
    "tests/unit/percent.test.ts",
    "tests/unit/cells.test.ts",
    "tests/unit/reconcile-checks.test.ts",
    "tests/unit/reconcile-within-table.test.ts",
    "tests/unit/reconcile-rows.test.ts",
    "tests/unit/reconcile-result.test.ts",
    "tests/unit/reconcile-catalogue.test.ts",
    "tests/unit/shanghai-documents.test.ts",
    "tests/unit/jiangsu-documents.test.ts",
  ],
  loading: [
    "tests/unit/load.test.ts",
    "tests/unit/csv-file.test.ts",
    "tests/unit/table-loader.test.ts",
    "tests/unit/money.test.ts",
    "tests/unit/seed.test.ts",
    "tests/unit/broken-inputs.test.ts",
    "tests/unit/hostile-files.test.ts",
    "tests/unit/hostile-inputs.test.ts",
    "tests/unit/phone-tables.test.ts",
    "tests/unit/shanghai-documents.test.ts",
    "tests/unit/jiangsu-documents.test.ts",
  ],
};

const scope = process.env["MUTATION_SCOPE"] ?? "reconcile";
const include = TESTS[scope];
if (include === undefined) throw new Error(`MUTATION_SCOPE is ${scope}: one of ${Object.keys(TESTS).join(", ")}`);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    include: [...include],
    // broken-inputs.test.ts also runs the validate CLI, in a child process that no mutant reaches.
    testNamePattern: /^(?!the validate CLI)/,
  },
});
